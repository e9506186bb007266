package org.competenceatlas.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Access-log lines are written behind the requests they describe, and none goes missing. */
@AtlasTest
class AccessLogWriterTest {

  private static final String FATIMA = "learner-fatima";

  @Autowired AccessLogWriter writer;
  @Autowired Neo4jClient neo4j;

  @Test
  void aQueuedLineReachesTheGraphWithinTheFlushIntervalWithoutAnyoneAsking() {
    var detail = "background-" + System.nanoTime();

    writer.record(FATIMA, "ella", "READ", detail);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(linesWithDetail(detail)).isEqualTo(1));
  }

  @Test
  void aFlushWritesEveryQueuedLineBeforeItReturns() {
    var detail = "flushed-" + System.nanoTime();
    for (int i = 0; i < 250; i++) {
      writer.record(FATIMA, "ella", "READ", detail);
    }

    writer.flush();

    assertThat(linesWithDetail(detail)).isEqualTo(250);
  }

  @Test
  void aLineAboutALearnerWhoIsGoneIsDroppedAndTheOthersAreWritten() {
    var detail = "erased-meanwhile-" + System.nanoTime();
    writer.record("learner-erased-meanwhile", "ella", "READ", detail);
    writer.record(FATIMA, "ella", "READ", detail);

    writer.flush();

    assertThat(linesWithDetail(detail)).isEqualTo(1);
  }

  private long linesWithDetail(String detail) {
    return neo4j
        .query(
            "MATCH (:Learner)-[:ACCESS_LOGGED]->(e:AccessEvent {detail: $detail}) RETURN count(e)")
        .bind(detail)
        .to("detail")
        .fetchAs(Long.class)
        .one()
        .orElseThrow();
  }
}
