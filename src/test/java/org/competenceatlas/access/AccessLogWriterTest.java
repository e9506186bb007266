package org.competenceatlas.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Access-log lines are committed before the request they describe is answered, written together
 * when many come at once, and kept off the learner's node.
 */
@AtlasTest
class AccessLogWriterTest {

  private static final String FATIMA = "learner-fatima";

  @Autowired AccessLogWriter writer;
  @Autowired Neo4jClient neo4j;

  @Test
  void aRecordedLineIsInTheGraphWhenRecordReturns() {
    var detail = "committed-" + System.nanoTime();

    writer.record(FATIMA, "ella", "READ", detail);

    assertThat(linesWithDetail(detail)).isEqualTo(1);
  }

  @Test
  void manyLinesAtOnceAreAllCommittedWhenTheirRequestsReturn() throws Exception {
    var detail = "together-" + System.nanoTime();
    var threads = Executors.newFixedThreadPool(16);
    try {
      var recorded = new ArrayList<Future<Object>>();
      for (int i = 0; i < 250; i++) {
        recorded.add(
            threads.submit(
                (Callable<Object>)
                    () -> {
                      writer.record(FATIMA, "ella", "READ", detail);
                      return null;
                    }));
      }
      for (var line : recorded) {
        line.get();
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(linesWithDetail(detail)).isEqualTo(250);
  }

  @Test
  void aLineAboutALearnerWhoIsGoneIsDroppedAndTheOthersAreWritten() {
    var detail = "erased-meanwhile-" + System.nanoTime();
    writer.record("learner-erased-meanwhile", "ella", "READ", detail);
    writer.record(FATIMA, "ella", "READ", detail);

    assertThat(linesWithDetail(detail)).isEqualTo(1);
  }

  @Test
  void aLineNamesItsLearnerAndHangsOffNoNodeOfTheirs() {
    var detail = "off-the-node-" + System.nanoTime();

    writer.record(FATIMA, "ella", "READ", detail);

    assertThat(
            neo4j
                .query(
                    "MATCH (e:AccessEvent {detail: $detail})"
                        + " RETURN e.learnerId AS learner, COUNT { (e)--() } AS relationships")
                .bind(detail)
                .to("detail")
                .fetch()
                .one()
                .orElseThrow())
        .containsEntry("learner", FATIMA)
        .containsEntry("relationships", 0L);
  }

  private long linesWithDetail(String detail) {
    return neo4j
        .query("MATCH (e:AccessEvent {learnerId: $learner, detail: $detail}) RETURN count(e)")
        .bind(FATIMA)
        .to("learner")
        .bind(detail)
        .to("detail")
        .fetchAs(Long.class)
        .one()
        .orElseThrow();
  }
}
