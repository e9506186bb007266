package org.competenceatlas.external;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The packaged application ({@code target/competence-atlas.jar}) in a process of its own, on an
 * external Neo4j with the embedded DBMS switched off: one instance of an application tier.
 */
final class AppProcess implements AutoCloseable {

  /**
   * A guard against a process that hangs, not a timing check. Two test runs side by side on two
   * cores, each with an external Neo4j and two instances, once took over 4 minutes to get an
   * instance ready (its migrations alone took 20 s).
   */
  private static final Duration LIMIT = Duration.ofMinutes(8);

  private static final Pattern HTTP_PORT = Pattern.compile("Tomcat started on port (\\d+)");

  private final Process process;
  private final Path log;
  private final int port;

  private AppProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  static Path jar() {
    var jar = Path.of("target/competence-atlas.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          "No target/competence-atlas.jar: the package phase runs before integration tests");
    }
    return jar;
  }

  /** The settings that point the application at {@code neo4j} instead of its embedded DBMS. */
  static List<String> externalNeo4j(URI bolt) {
    return List.of(
        "--atlas.neo4j.embedded.enabled=false",
        "--spring.neo4j.uri=" + bolt,
        "--spring.neo4j.authentication.username=neo4j",
        "--spring.neo4j.authentication.password=" + Neo4jServerProcess.PASSWORD);
  }

  /**
   * Starts the jar with {@code prefix} before {@code java} (such as {@code taskset -c 1}) and waits
   * until readiness is UP, that is until the transfer index is built.
   */
  static AppProcess start(Path log, List<String> prefix, List<String> jvm, List<String> arguments)
      throws Exception {
    var command = new ArrayList<>(prefix);
    command.add(java());
    command.addAll(jvm);
    command.addAll(List.of("-jar", jar().toString(), "--server.port=0"));
    command.addAll(arguments);
    var process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    var deadline = Instant.now().plus(LIMIT);
    AppProcess app = null;
    while (Instant.now().isBefore(deadline)) {
      var text = Files.readString(log);
      if (app == null) {
        var http = HTTP_PORT.matcher(text);
        if (text.contains("Started CompetenceAtlasApplication") && http.find()) {
          app = new AppProcess(process, log, Integer.parseInt(http.group(1)));
        }
      }
      if (app != null && app.http().get("/actuator/health/readiness").contains("\"UP\"")) {
        return app;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("The application stopped during start-up:\n" + text);
      }
      Thread.sleep(250);
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "Not ready within " + LIMIT.toMinutes() + " minutes:\n" + Files.readString(log));
  }

  /** A process that is expected to run to its end, such as {@code import-esco}. */
  static int run(Path log, List<String> arguments) throws Exception {
    var command = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", jar().toString()));
    command.addAll(arguments);
    var process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(LIMIT.toMinutes(), TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "No end within " + LIMIT.toMinutes() + " minutes:\n" + Files.readString(log));
    }
    return process.exitValue();
  }

  AtlasHttp http() {
    return new AtlasHttp(port);
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  Path log() {
    return log;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
