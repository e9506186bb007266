package org.competenceatlas.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.competenceatlas.SeedWorldIds;
import org.competenceatlas.common.Overload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A read of someone else's data is answered only once its access-log line is committed: a line that
 * cannot be committed in time withholds the data.
 */
@AtlasTest
class AccessLogBeforeAnswerTest {

  @Autowired AccessLogWriter writer;
  @Autowired HttpGraphQlTester graphQl;
  @Autowired Neo4jClient neo4j;

  @Test
  void anAdvisersReadIsRefusedWithoutItsDataWhileItsLineCannotBeCommitted() {
    var ella =
        DemoUsers.as(graphQl, DemoUsers.ELLA)
            .mutate()
            .responseTimeout(Duration.ofSeconds(30))
            .build();
    long before = readsOfSanneByElla();

    var stalled =
        writer.whileNoLineIsWrittenAbout(
            SeedWorldIds.SANNE,
            () -> ella.documentName("learner").variable("id", SeedWorldIds.SANNE).execute());

    stalled
        .errors()
        .satisfy(
            errors -> {
              assertThat(errors).hasSize(1);
              assertThat(errors.get(0).getErrorType()).hasToString(Overload.UNAVAILABLE.name());
              assertThat(errors.get(0).getMessage()).contains("access log could not record");
            });
    stalled.path("learner").valueIsNull();

    ella.documentName("learner")
        .variable("id", SeedWorldIds.SANNE)
        .execute()
        .path("learner.id")
        .entity(String.class)
        .isEqualTo(SeedWorldIds.SANNE);
    // The stalled line is still written once the writer may write again, before the next one.
    assertThat(readsOfSanneByElla()).isEqualTo(before + 2);
  }

  @Test
  void aRefusalIsAnsweredForbiddenWhileTheLearnersLinesCannotBeWritten() {
    var yusuf =
        DemoUsers.as(graphQl, DemoUsers.YUSUF)
            .mutate()
            .responseTimeout(Duration.ofSeconds(30))
            .build();

    var refused =
        writer.whileNoLineIsWrittenAbout(
            SeedWorldIds.SANNE,
            () -> yusuf.documentName("learner").variable("id", SeedWorldIds.SANNE).execute());

    // As for an id that names nobody: whether the learner exists shows neither in the answer nor
    // in a wait for the log.
    refused
        .errors()
        .satisfy(
            errors -> {
              assertThat(errors).hasSize(1);
              assertThat(errors.get(0).getErrorType()).hasToString("FORBIDDEN");
            });
  }

  private long readsOfSanneByElla() {
    return neo4j
        .query(
            "MATCH (e:AccessEvent {learnerId: $learner, actor: 'ella', detail: 'Query.learner'})"
                + " RETURN count(e)")
        .bind(SeedWorldIds.SANNE)
        .to("learner")
        .fetchAs(Long.class)
        .one()
        .orElseThrow();
  }
}
