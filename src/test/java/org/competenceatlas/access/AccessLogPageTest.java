package org.competenceatlas.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.infrastructure.CypherQueries;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.ProfiledPlan;
import org.springframework.beans.factory.annotation.Autowired;

/** A page of a long access log is read from the index in order, not by sorting every line. */
@AtlasTest
class AccessLogPageTest {

  @Autowired AccessRepository repository;
  @Autowired CypherQueries queries;
  @Autowired Driver driver;

  @Test
  void theSecondPageOfSixHundredLinesIsTheNextTwentyNewestAndReadsFewRows() {
    var learnerId = "learner-long-log-" + System.nanoTime();
    try (var session = driver.session()) {
      session
          .run(
              "UNWIND range(1, 600) AS n"
                  + " CREATE (:AccessEvent {id: $learnerId + '-' + n, learnerId: $learnerId,"
                  + " at: datetime('2026-01-01T00:00:00Z') + duration({minutes: n}),"
                  + " actor: 'ella', action: 'READ', detail: 'line ' + n})",
              Map.of("learnerId", learnerId))
          .consume();
      // Samples the indexes as a long-running database would have, so the plan is the one made
      // for a learner with many lines, not one guessed from the empty index at start-up.
      session.run("CALL db.prepareForReplanning()").consume();

      var page = repository.log(learnerId, 20, 20);

      assertThat(page).extracting(AccessEvent::detail).hasSize(20).first().isEqualTo("line 580");
      assertThat(page).extracting(AccessEvent::detail).last().isEqualTo("line 561");

      var profile =
          session
              .run(
                  "PROFILE " + queries.get("access/access-log"),
                  Map.of("learnerId", learnerId, "offset", 20, "limit", 20))
              .consume()
              .profile();
      assertThat(mostRows(profile)).as(() -> operators(profile)).isLessThan(100);
    } finally {
      try (var session = driver.session()) {
        session
            .run(
                "MATCH (e:AccessEvent {learnerId: $learnerId}) DELETE e",
                Map.of("learnerId", learnerId))
            .consume();
      }
    }
  }

  private static String operators(ProfiledPlan plan) {
    return plan.operatorType()
        + " "
        + plan.records()
        + plan.children().stream().map(AccessLogPageTest::operators).toList();
  }

  private static long mostRows(ProfiledPlan plan) {
    return Math.max(
        plan.records(),
        plan.children().stream().mapToLong(AccessLogPageTest::mostRows).max().orElse(0));
  }
}
