package org.competenceatlas.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * An erasure while the learner is still writing leaves nothing behind: the erasure takes the
 * learner's write lock, so a write that started first commits before the erasure reads what to
 * delete, and a write that comes after finds no learner.
 */
@AtlasTest
class ErasureRaceTest {

  private static final int ROUNDS = 20;
  private static final int WRITERS = 3;

  @Autowired HttpGraphQlTester graphQl;
  @Autowired Driver driver;

  @Test
  void writersAReaderAndAnEraserInParallelLeaveNoOrphanInTwentyRounds() throws Exception {
    var threads = Executors.newFixedThreadPool(WRITERS + 1);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        var learnerId = Portfolios.create(graphQl);
        Portfolios.grantAssessor(graphQl, learnerId);
        var written = new AtomicInteger();
        var stop = new AtomicBoolean();
        var writers = new ArrayList<Future<?>>();
        for (int w = 0; w < WRITERS; w++) {
          writers.add(threads.submit(() -> writeUntilRefused(learnerId, written, stop)));
        }
        // An assessor's reads are logged: no line of theirs may outlive the erasure.
        writers.add(threads.submit(() -> readUntilRefused(learnerId, stop)));
        // Erase once the writers are in full flow.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (written.get() < WRITERS && System.nanoTime() < deadline) {
          Thread.onSpinWait();
        }
        Portfolios.erase(graphQl, learnerId);
        stop.set(true);
        for (var writer : writers) {
          writer.get(120, TimeUnit.SECONDS);
        }

        assertThat(orphans(learnerId)).as("round %d", round).isZero();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private void writeUntilRefused(String learnerId, AtomicInteger written, AtomicBoolean stop) {
    while (true) {
      var response =
          Portfolios.owner(graphQl)
              .document(
                  """
                  mutation($id: ID!) {
                    addExperience(learnerId: $id, input: {kind: INFORMAL, context: WORK,
                      title: "Racing the eraser", startDate: "2024-01-01"}) { id }
                  }
                  """)
              .variable("id", learnerId)
              .execute();
      var refused = new AtomicBoolean();
      response.errors().satisfy(errors -> refused.set(!errors.isEmpty()));
      if (refused.get()) {
        return;
      }
      written.incrementAndGet();
      if (stop.get() && written.get() > 10_000) {
        return;
      }
    }
  }

  private void readUntilRefused(String learnerId, AtomicBoolean stop) {
    for (int reads = 0; reads < 10_000; reads++) {
      var response =
          DemoUsers.as(graphQl, DemoUsers.MARIEKE)
              .document("query($id: ID!) { learner(id: $id) { displayName } }")
              .variable("id", learnerId)
              .execute();
      var refused = new AtomicBoolean();
      response.errors().satisfy(errors -> refused.set(!errors.isEmpty()));
      if (refused.get() || stop.get()) {
        return;
      }
    }
  }

  /** Nodes of the erased learner, or of no learner at all, that a portfolio owns. */
  private long orphans(String learnerId) {
    try (var session = driver.session()) {
      return session
          .run(
              """
              CALL () {
                MATCH (l:Learner {id: $id}) RETURN count(l) AS n
                UNION ALL
                MATCH (e:Experience) WHERE NOT EXISTS { (:Learner)-[:HAD]->(e) } RETURN count(e) AS n
                UNION ALL
                MATCH (a:AuditEvent) WHERE NOT EXISTS { (:Learner)-[:AUDIT_LOGGED]->(a) }
                RETURN count(a) AS n
                UNION ALL
                MATCH (s:GoalStage) WHERE NOT EXISTS { (:Learner)-[:IN_STAGE]->(s) }
                RETURN count(s) AS n
                UNION ALL
                MATCH (e:AccessEvent {learnerId: $id}) RETURN count(e) AS n
              }
              RETURN sum(n) AS orphans
              """,
              java.util.Map.of("id", learnerId))
          .single()
          .get("orphans")
          .asLong();
    }
  }
}
