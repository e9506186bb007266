package org.competenceatlas.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Access-log lines are committed before the request they describe is answered, written together
 * when many come at once, and kept off the learner's node.
 */
@AtlasTest
class AccessLogWriterTest {

  private static final String FATIMA = "learner-fatima";
  private static final String JESSE = "learner-jesse";

  @Autowired AccessLogWriter writer;
  @Autowired Neo4jClient neo4j;
  @Autowired AccessRepository repository;
  @Autowired PlatformTransactionManager transactionManager;

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

  @Test
  void aLineWrittenWithoutTheWriterThreadIsNotPartOfTheCallersReadOnlyTransaction() {
    var notStarted =
        new AccessLogWriter(
            repository,
            transactionManager,
            new AccessLogProperties(Duration.ofSeconds(5), 100, Duration.ofMinutes(1)));
    var readOnly = new TransactionTemplate(transactionManager);
    readOnly.setReadOnly(true);
    var detail = "inside-a-read-" + System.nanoTime();

    readOnly.executeWithoutResult(status -> notStarted.record(FATIMA, "ella", "READ", detail));

    assertThat(linesWithDetail(detail)).isEqualTo(1);
  }

  @Test
  void anErasureHoldsBackLinesAboutItsLearnerOnly() throws Exception {
    var aboutFatima = "beside-erasure-" + System.nanoTime();
    var aboutJesse = "during-erasure-" + System.nanoTime();
    var threads = Executors.newSingleThreadExecutor();
    // A wait of an hour: the line about Fatima is not refused however slow the machine.
    var writer =
        new AccessLogWriter(
            repository,
            transactionManager,
            new AccessLogProperties(Duration.ofHours(1), 100, Duration.ofMinutes(1)));
    writer.start();
    try {
      var jesse =
          writer.whileNoLineIsWrittenAbout(
              JESSE,
              () -> {
                var held = threads.submit(() -> writer.record(JESSE, "ella", "READ", aboutJesse));
                writer.record(FATIMA, "ella", "READ", aboutFatima);
                assertThat(linesWithDetail(aboutFatima)).isEqualTo(1);
                assertThat(held).isNotDone();
                return held;
              });

      jesse.get(30, TimeUnit.SECONDS);
      assertThat(linesWithDetail(JESSE, aboutJesse)).isEqualTo(1);
    } finally {
      threads.shutdownNow();
      writer.stop();
    }
  }

  @Test
  void theIdleWriterWritesAClosingRefusalTallyItselfAndKeepsAnsweringRecords() throws Exception {
    var own = writerWithShortRefusalWindow();
    var actor = "tally-" + System.nanoTime();
    own.start();
    try {
      refuseThreeTimes(own, actor);

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> refusalTalliesBy(actor).contains("2 more refused attempts"));
      var detail = "after-tally-" + System.nanoTime();
      CompletableFuture.runAsync(() -> own.record(FATIMA, actor, "READ", detail))
          .get(30, TimeUnit.SECONDS);

      assertThat(linesWithDetail(detail)).isEqualTo(1);
      assertThat(refusalTalliesBy(actor)).contains("(goals, learnerMap)");
    } finally {
      own.stop();
    }
  }

  @Test
  void aRefusalWindowClosesWhileLinesKeepComing() {
    var own = writerWithShortRefusalWindow();
    var actor = "busy-" + System.nanoTime();
    var detail = "steady-" + System.nanoTime();
    own.start();
    var reading = new AtomicBoolean(true);
    var reader =
        CompletableFuture.runAsync(
            () -> {
              while (reading.get()) {
                own.record(FATIMA, "ella", "READ", detail);
              }
            });
    try {
      refuseThreeTimes(own, actor);

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> reader.isDone() || refusalTalliesBy(actor).contains("2 more refused"));
      assertThat(reader).isNotDone();
      assertThat(linesWithDetail(detail)).isPositive();
    } finally {
      reading.set(false);
      reader.join();
      own.stop();
    }
  }

  @Test
  void aGrantsClosingTallyIsWrittenByTheWriter() {
    var own =
        new AccessLogWriter(
            repository,
            transactionManager,
            new AccessLogProperties(Duration.ofHours(1), 100, Duration.ofHours(1)));
    var actor = "granted-" + System.nanoTime();
    own.start();
    try {
      refuseThreeTimes(own, actor);

      own.closeRefusalWindowsOf(FATIMA);

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> refusalTalliesBy(actor).contains("2 more refused attempts"));
    } finally {
      own.stop();
    }
  }

  /** A wait of an hour: were the writer to wait on its own queue, its lines would not appear. */
  private AccessLogWriter writerWithShortRefusalWindow() {
    return new AccessLogWriter(
        repository,
        transactionManager,
        new AccessLogProperties(Duration.ofHours(1), 100, Duration.ofMillis(200)));
  }

  private static void refuseThreeTimes(AccessLogWriter writer, String actor) {
    writer.refused(FATIMA, actor, "learnerMap");
    writer.refused(FATIMA, actor, "learnerMap");
    writer.refused(FATIMA, actor, "goals");
  }

  private String refusalTalliesBy(String actor) {
    return String.join(
        "\n",
        neo4j
            .query(
                "MATCH (e:AccessEvent {learnerId: $learner, actor: $actor, action: 'REFUSED'})"
                    + " RETURN e.detail")
            .bind(FATIMA)
            .to("learner")
            .bind(actor)
            .to("actor")
            .fetchAs(String.class)
            .all());
  }

  private long linesWithDetail(String detail) {
    return linesWithDetail(FATIMA, detail);
  }

  private long linesWithDetail(String learner, String detail) {
    return neo4j
        .query("MATCH (e:AccessEvent {learnerId: $learner, detail: $detail}) RETURN count(e)")
        .bind(learner)
        .to("learner")
        .bind(detail)
        .to("detail")
        .fetchAs(Long.class)
        .one()
        .orElseThrow();
  }
}
