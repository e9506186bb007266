package org.competenceatlas.drill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The packaged application as a drill starts it, on fixed ports with its own data folder and with
 * the JVM options {@code jvm} (none: as the README starts it, so the heap bound of {@code java
 * -jar} applies) and with {@code environment} added to its environment, and waits until readiness
 * answers, as an orchestrator would before sending it traffic.
 */
record DrillLaunch(
    Path jar,
    List<String> jvm,
    Map<String, String> environment,
    int httpPort,
    int boltPort,
    Path data,
    String password) {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * Starts the application with {@code settings} added and its output in {@code log}; answers the
   * process once readiness is UP, or kills it after {@code within}.
   */
  Process untilReady(String name, Path log, Duration within, String... settings) throws Exception {
    var process = start(log, settings);
    var deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited: see " + log);
      }
      if (ready()) {
        return process;
      }
      Thread.sleep(500);
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        name + " did not get ready in " + within.toMinutes() + " minutes");
  }

  /** Starts {@code java <jvm> -jar <jar>} on this launch's ports, folder and password. */
  Process start(Path log, String... settings) throws IOException {
    var command = new ArrayList<>(List.of("java"));
    command.addAll(jvm);
    command.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "--server.port=" + httpPort,
            "--atlas.neo4j.embedded.bolt-port=" + boltPort,
            "--atlas.neo4j.embedded.data-directory=" + data,
            "--atlas.neo4j.embedded.password=" + password));
    command.addAll(List.of(settings));
    var process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    process.environment().putAll(environment);
    return process.start();
  }

  /**
   * Ends {@code process} as a crash would: SIGKILL to the JVM that holds the store as well. Killed
   * alone, the launcher of {@code java -jar} would leave its bounded JVM to stop gracefully.
   */
  static void crash(Process process) throws InterruptedException {
    var children = process.descendants().toList();
    children.forEach(ProcessHandle::destroyForcibly);
    children.forEach(child -> child.onExit().join());
    process.destroyForcibly().waitFor();
  }

  /** Whether readiness answers UP now. */
  boolean ready() throws InterruptedException {
    var readiness = URI.create("http://127.0.0.1:" + httpPort + "/actuator/health/readiness");
    try {
      var response =
          HTTP.send(
              HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The JVM that holds the store: the child the launcher started with its bounded heap, or the
   * application's own JVM when it started none (a heap given with {@code --jvm}).
   */
  static ProcessHandle storeHolder(Process app) {
    return app.children()
        .filter(
            child ->
                child
                    .info()
                    .arguments()
                    .map(
                        arguments ->
                            Arrays.stream(arguments)
                                .anyMatch(a -> a.startsWith("-Datlas.jvm-defaults.heap=")))
                    .orElse(false))
        .findFirst()
        .orElse(app.toHandle());
  }
}
