package org.competenceatlas.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operator's day with the packaged jar: start it with JSON logs, ask a question, back it up
 * while it runs, stop it with SIGTERM, restore the backup into a new data folder with the command,
 * and start the application on the restored folder.
 */
class PackagedJarOperationsIT {

  private static final String PASSWORD = "operations-it-password";
  private static final Pattern HTTP_PORT = Pattern.compile("Tomcat started on port (\\d+)");
  private static final Pattern BOLT = Pattern.compile("Bolt listens at (bolt://[0-9.]+:(\\d+))");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path work;

  @Test
  void jsonLogsOnlineBackupGracefulStopAndRestoreIntoANewFolder() throws Exception {
    var backup = work.resolve("atlas.backup.jsonl.gz");
    long nodes;
    String firstLog;
    // The dev profile beside json-logs brings the demo users: the metrics are for an operator.
    try (var app = App.start(work.resolve("data"), work.resolve("first.log"), "json-logs", "dev")) {
      var answer =
          app.post(
              "/graphql",
              "{\"query\":\"query findNurse($text: String!) { searchOccupations(text: $text)"
                  + " { edges { node { id } } } }\",\"variables\":{\"text\":\"nurse\"}}");
      assertThat(answer).contains("occupation/nurse");
      assertThat(app.readiness()).isEqualTo("{\"status\":\"UP\"}");
      assertThat(app.getAsOperator("/actuator/prometheus"))
          .contains("graphql_request_seconds_bucket{")
          .contains("graphql_operation_name=\"findNurse\"");
      nodes = app.countNodes();

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

    try (var app = App.start(restored, work.resolve("second.log"))) {
      assertThat(app.countNodes()).isEqualTo(nodes);
      assertThat(app.readiness()).isEqualTo("{\"status\":\"UP\"}");
      assertThat(Files.readString(app.log()))
          .contains("Seed world already loaded")
          .contains("(0 migration(s) applied now)");
    }
  }

  private record Run(int exitCode, String output) {}

  private static Run run(Path log, String... arguments) throws Exception {
    var command = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", jar()));
    command.addAll(List.of(arguments));
    command.add("--atlas.neo4j.embedded.page-cache=32MB");
    var process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(4, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("No end within 4 minutes:\n" + Files.readString(log));
    }
    return new Run(process.exitValue(), Files.readString(log));
  }

  private static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  private static String jar() {
    var jar = Path.of("target/competence-atlas.jar");
    assertThat(jar)
        .as("the packaged jar (the package phase runs before integration tests)")
        .exists();
    return jar.toString();
  }

  private record App(Process process, Path log, int httpPort, URI bolt, int boltPort)
      implements AutoCloseable {

    static App start(Path data, Path log, String... profiles) throws Exception {
      var command =
          new ArrayList<>(
              List.of(
                  java(),
                  "-Xmx768m",
                  "-jar",
                  jar(),
                  "--server.port=0",
                  "--atlas.neo4j.embedded.bolt-port=0",
                  "--atlas.neo4j.embedded.data-directory=" + data.resolve("neo4j"),
                  "--atlas.neo4j.embedded.password=" + PASSWORD,
                  "--atlas.neo4j.embedded.page-cache=64MB"));
      if (profiles.length > 0) {
        command.add("--spring.profiles.active=" + String.join(",", profiles));
      }
      var process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      var deadline = Instant.now().plus(Duration.ofMinutes(4));
      while (Instant.now().isBefore(deadline)) {
        var text = Files.readString(log);
        var http = HTTP_PORT.matcher(text);
        var bolt = BOLT.matcher(text);
        if (text.contains("Started CompetenceAtlasApplication") && http.find() && bolt.find()) {
          return new App(
              process,
              log,
              Integer.parseInt(http.group(1)),
              URI.create(bolt.group(1)),
              Integer.parseInt(bolt.group(2)));
        }
        if (!process.isAlive()) {
          throw new IllegalStateException("The application stopped during start-up:\n" + text);
        }
        Thread.sleep(250);
      }
      process.destroyForcibly();
      throw new IllegalStateException("No start-up within 4 minutes:\n" + Files.readString(log));
    }

    /**
     * Readiness turns UP with the ready event, just after the "Started" line: poll as an
     * orchestrator would, and answer the last status seen.
     */
    String readiness() throws IOException, InterruptedException {
      var deadline = Instant.now().plus(Duration.ofSeconds(60));
      String status;
      do {
        status = get("/actuator/health/readiness");
        if (status.contains("\"UP\"")) {
          break;
        }
        Thread.sleep(250);
      } while (Instant.now().isBefore(deadline));
      return status;
    }

    String get(String path) throws IOException, InterruptedException {
      return send(HttpRequest.newBuilder(uri(path)).build());
    }

    String getAsOperator(String path) throws IOException, InterruptedException {
      return send(
          HttpRequest.newBuilder(uri(path))
              .header(
                  "Authorization",
                  "Basic "
                      + java.util.Base64.getEncoder()
                          .encodeToString(
                              "admin:atlas-demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
              .build());
    }

    String post(String path, String json) throws IOException, InterruptedException {
      return send(
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json))
              .build());
    }

    private URI uri(String path) {
      return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    private static String send(HttpRequest request) throws IOException, InterruptedException {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    long countNodes() {
      try (var driver = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", PASSWORD));
          var session = driver.session()) {
        return session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
      }
    }

    /** SIGTERM, as an orchestrator stops a container; returns the exit code. */
    int stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("The application did not stop within 60 s of SIGTERM");
      }
      return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
      if (process.isAlive()) {
        stop();
      }
    }
  }
}
