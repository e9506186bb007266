package org.competenceatlas.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.competenceatlas.LaunchedApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operator's day with the packaged jar: start it with JSON logs, ask a question, back it up
 * while it runs, stop it with SIGTERM, restore the backup into a new data folder with the command,
 * and start the application on the restored folder.
 */
class PackagedJarOperationsIT {

  private static final String PASSWORD = "operations-it-password";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path work;

  @Test
  void jsonLogsOnlineBackupGracefulStopAndRestoreIntoANewFolder() throws Exception {
    var backup = work.resolve("atlas.backup.jsonl.gz");
    long nodes;
    String firstLog;
    // The dev profile beside json-logs brings the demo users: the metrics are for an operator.
    try (var app = start(work.resolve("data"), work.resolve("first.log"), "json-logs", "dev")) {
      var answer =
          app.post(
              "/graphql",
              "{\"query\":\"query findNurse($text: String!) { searchOccupations(text: $text)"
                  + " { edges { node { id } } } }\",\"variables\":{\"text\":\"nurse\"}}");
      assertThat(answer).contains("occupation/nurse");
      assertThat(app.readiness()).isEqualTo("{\"status\":\"UP\"}");
      assertThat(Files.readString(app.log()))
          .contains("warm-up requests in")
          .doesNotContain("warm-up requests failed")
          .doesNotContain("warm-up failed");
      assertThat(app.getAs("admin", "atlas-demo", "/actuator/prometheus"))
          .contains("graphql_request_seconds_bucket{")
          .contains("graphql_operation_name=\"findNurse\"");
      assertThat(app.awaitMeaningLayersSettled()).contains("\"READY\"");
      nodes = app.countNodes(PASSWORD);

      var command =
          run(
              work.resolve("backup.log"),
              "backup",
              "--to",
              backup.toString(),
              "--atlas.neo4j.embedded.bolt-port=" + app.boltPort(),
              "--atlas.neo4j.embedded.password=" + PASSWORD);
      assertThat(command.exitCode()).as(command.output()).isZero();
      assertThat(command.output()).contains("Backed up " + nodes + " nodes");

      assertThat(app.stop()).as("exit code after SIGTERM").isIn(0, 143);
      firstLog = Files.readString(app.log());
    }

    var lines = firstLog.lines().filter(line -> !line.isBlank()).toList();
    var messages = new ArrayList<String>();
    for (var line : lines) {
      JsonNode json = JSON.readTree(line);
      assertThat(json.has("@timestamp") && json.at("/log/level").isString()).as(line).isTrue();
      messages.add(json.path("message").asString());
    }
    assertThat(messages)
        .anyMatch(m -> m.contains("Bolt listens at bolt://127.0.0.1:") && m.contains("Data folder"))
        .anyMatch(m -> m.contains("Serving taxonomy releases: none; data sets: seed-world"))
        .anyMatch(m -> m.contains("Graceful shutdown complete"))
        .anyMatch(m -> m.startsWith("Embedded Neo4j stopped in"));
    var requestLine =
        lines.stream().filter(line -> line.contains("graphql operation=findNurse")).toList();
    assertThat(requestLine).hasSize(1);
    var request = JSON.readTree(requestLine.get(0));
    assertThat(request.at("/graphql/operation/name").asString()).isEqualTo("findNurse");
    assertThat(request.at("/graphql/outcome").asString()).isEqualTo("ok");
    assertThat(firstLog).doesNotContain("\\\"nurse\\\"").doesNotContain("searchOccupations(");

    var restored = work.resolve("restored");
    var restore =
        run(
            work.resolve("restore.log"),
            "restore",
            "--from",
            backup.toString(),
            "--atlas.neo4j.embedded.data-directory=" + restored.resolve("neo4j"),
            "--atlas.neo4j.embedded.password=" + PASSWORD);
    assertThat(restore.exitCode()).as(restore.output()).isZero();
    assertThat(restore.output()).contains("Restored " + nodes + " nodes");

    try (var app = start(restored, work.resolve("second.log"))) {
      assertThat(app.countNodes(PASSWORD)).isEqualTo(nodes);
      assertThat(app.readiness()).isEqualTo("{\"status\":\"UP\"}");
      assertThat(Files.readString(app.log()))
          .contains("Seed world already loaded")
          .contains("(0 migration(s) applied now)");
    }
  }

  private static LaunchedApp.Finished run(Path log, String... arguments) throws Exception {
    return LaunchedApp.run(jar(), log, arguments);
  }

  private static LaunchedApp start(Path data, Path log, String... profiles) throws Exception {
    var command =
        new ArrayList<>(List.of(LaunchedApp.java(), "-Xmx768m", "-jar", jar().toString()));
    command.addAll(LaunchedApp.settings(data, PASSWORD));
    if (profiles.length > 0) {
      command.add("--spring.profiles.active=" + String.join(",", profiles));
    }
    return LaunchedApp.start(command, log);
  }

  private static Path jar() {
    var jar = Path.of("target/competence-atlas.jar");
    assertThat(jar)
        .as("the packaged jar (the package phase runs before integration tests)")
        .exists();
    return jar;
  }
}
