package org.competenceatlas.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
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
  private static final List<String> JVM_OPTION_VARIABLES =
      List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "ATLAS_JVM_DEFAULTS");

  @TempDir Path work;

  @Test
  void jsonLogsOnlineBackupGracefulStopAndRestoreIntoANewFolder() throws Exception {
    var backup = work.resolve("atlas.backup.jsonl.gz");
    long nodes;
    String firstLog;
    try (var app = startWithoutHeapSize(work.resolve("data"), work.resolve("first.log"))) {
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

      assertThat(app.startedProcesses())
          .as("a bounded JVM started by the launcher")
          .hasSize(launcherBoundsTheHeap() ? 1 : 0);
      assertThat(app.stopStartedProcessOnly()).as("exit code after SIGTERM").isIn(0, 143);
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
        .anyMatch(
            m ->
                launcherBoundsTheHeap()
                    == m.startsWith("Heap bounded at 768m: java -jar was given no heap size"))
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
          .contains("(0 migration(s) applied now, ");
    }
  }

  private static LaunchedApp.Finished run(Path log, String... arguments) throws Exception {
    return LaunchedApp.run(jar(), log, arguments);
  }

  private static LaunchedApp start(Path data, Path log) throws Exception {
    var command =
        new ArrayList<>(List.of(LaunchedApp.java(), "-Xmx768m", "-jar", jar().toString()));
    command.addAll(LaunchedApp.settings(data, PASSWORD));
    return LaunchedApp.start(command, log);
  }

  /**
   * As a person starts it, without JVM options: the launcher runs it in a second JVM with a bounded
   * heap, and the stop signal reaches that one through it. The dev profile beside json-logs brings
   * the demo users: the metrics are for an operator.
   */
  private static LaunchedApp startWithoutHeapSize(Path data, Path log) throws Exception {
    var command = new ArrayList<>(List.of(LaunchedApp.java(), "-jar", jar().toString()));
    command.addAll(LaunchedApp.settings(data, PASSWORD));
    command.add("--spring.profiles.active=json-logs,dev");
    var launched = new ProcessBuilder(command);
    launched.environment().keySet().removeAll(JVM_OPTION_VARIABLES);
    launched.environment().put("ATLAS_JVM_CACHE", data.resolveSibling("jvm-cache").toString());
    return LaunchedApp.start(launched, log);
  }

  /** The JVM's own default heap, a quarter of the memory, is larger than the launcher's bound. */
  private static boolean launcherBoundsTheHeap() {
    var memory =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getTotalMemorySize();
    return memory / 4 > 768L * 1024 * 1024;
  }

  private static Path jar() {
    var jar = Path.of("target/competence-atlas.jar");
    assertThat(jar)
        .as("the packaged jar (the package phase runs before integration tests)")
        .exists();
    return jar;
  }
}
