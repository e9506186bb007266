package org.competenceatlas.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.competenceatlas.SeedWorldIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Refused attempts are evidence and are logged, but one request of 800 refused reads writes two
 * lines into the learner's access log, not 800.
 */
@AtlasTest
class RefusalFloodTest {

  @Autowired HttpGraphQlTester graphQl;
  @Autowired Neo4jClient neo4j;
  @Autowired AccessLogWriter writer;

  @Test
  void eightHundredRefusedReadsInOneRequestLeaveTheFirstAndOneCountingLine() {
    // Earlier tests may have left a window open for this caller and learner: close them all.
    writer.closeRefusalWindows(ZonedDateTime.now(ZoneOffset.UTC).plus(Duration.ofHours(1)));
    long before = refusedLinesBy(DemoUsers.YUSUF);
    var document = new StringBuilder("{");
    for (int i = 0; i < 800; i++) {
      document
          .append(" r")
          .append(i)
          .append(": learner(id: \"")
          .append(SeedWorldIds.SANNE)
          .append("\") { displayName }");
    }
    document.append(" }");

    DemoUsers.as(graphQl, DemoUsers.YUSUF)
        .document(document.toString())
        .execute()
        .errors()
        .satisfy(errors -> assertThat(errors).hasSize(800));

    // The first refusal's line is handed to the writer, and written shortly after the answer.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> refusedLinesBy(DemoUsers.YUSUF) == before + 1);
    writer.closeRefusalWindows(ZonedDateTime.now(ZoneOffset.UTC).plus(Duration.ofHours(1)));
    var lines = refusedDetailsBy(DemoUsers.YUSUF);
    assertThat(lines).hasSize((int) before + 2);
    assertThat(lines).anySatisfy(detail -> assertThat(detail).startsWith("799 more refused"));
  }

  private long refusedLinesBy(String actor) {
    return refusedDetailsBy(actor).size();
  }

  private List<String> refusedDetailsBy(String actor) {
    return List.copyOf(
        neo4j
            .query(
                "MATCH (e:AccessEvent {learnerId: $learner, actor: $actor, action: 'REFUSED'})"
                    + " RETURN e.detail")
            .bindAll(Map.of("learner", SeedWorldIds.SANNE, "actor", actor))
            .fetchAs(String.class)
            .all());
  }
}
