package org.competenceatlas.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.GraphDatabase;
import org.springframework.util.unit.DataSize;

class CheckpointVolumeTest {

  private EmbeddedNeo4j neo4j;

  @AfterEach
  void stop() {
    if (neo4j != null) {
      neo4j.destroy();
    }
  }

  @Test
  void checkpointsOnceTheWrittenLogPassesItsVolumeWithoutWaitingForAClock() throws Exception {
    neo4j =
        new EmbeddedNeo4j(
            new EmbeddedNeo4jProperties(
                true,
                Path.of("target/test-neo4j/checkpoint-" + UUID.randomUUID()),
                "127.0.0.1",
                0,
                "neo4j",
                "checkpoint-test-password",
                DataSize.ofMegabytes(16),
                Duration.ofSeconds(60),
                Duration.ofSeconds(5),
                DataSize.ofMegabytes(1)));
    long before = neo4j.lastCheckpointedTransaction();
    try (var driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.applicationAuthToken());
        var session = driver.session()) {
      // About 3 MB of log, three times the volume, in 30 transactions.
      for (int i = 0; i < 30; i++) {
        session.executeWrite(
            tx ->
                tx.run(
                        "CREATE (:LogFiller {text: $text})",
                        Map.<String, Object>of("text", "x".repeat(100_000)))
                    .consume());
      }
    }

    // Neo4j looks at its thresholds every few seconds; by time alone it would wait 15 minutes.
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (neo4j.lastCheckpointedTransaction() < before + 10 && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }

    assertThat(neo4j.lastCheckpointedTransaction()).isGreaterThanOrEqualTo(before + 10);
  }
}
