package org.competenceatlas;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * The application started as its own process, as a person or an orchestrator starts it (the
 * packaged jar, or the README's {@code ./mvnw spring-boot:run}), for the integration tests: waits
 * until it serves, answers HTTP and Bolt, and stops it with SIGTERM.
 */
public record LaunchedApp(Process process, Path log, int httpPort, URI bolt, int boltPort)
    implements AutoCloseable {

  private static final Pattern HTTP_PORT = Pattern.compile("Tomcat started on port (\\d+)");
  private static final Pattern BOLT = Pattern.compile("Bolt listens at (bolt://[0-9.]+:(\\d+))");
  private static final Duration START_UP = Duration.ofMinutes(4);

  /**
   * The settings every launched instance gets: random ports, its own data folder, a small page
   * cache.
   */
  public static List<String> settings(Path data, String password) {
    return List.of(
        "--server.port=0",
        "--atlas.neo4j.embedded.bolt-port=0",
        "--atlas.neo4j.embedded.data-directory=" + data.resolve("neo4j"),
        "--atlas.neo4j.embedded.password=" + password,
        "--atlas.neo4j.embedded.page-cache=64MB");
  }

  /** Runs the command, output to the log, until the application has started and serves. */
  public static LaunchedApp start(List<String> command, Path log) throws Exception {
    return start(new ProcessBuilder(command), log);
  }

  /** Starts what the builder holds, output to the log, until the application serves. */
  public static LaunchedApp start(ProcessBuilder command, Path log) throws Exception {
    var process = command.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    var deadline = Instant.now().plus(START_UP);
    while (Instant.now().isBefore(deadline)) {
      var text = Files.readString(log);
      var http = HTTP_PORT.matcher(text);
      var bolt = BOLT.matcher(text);
      if (text.contains("Started CompetenceAtlasApplication") && http.find() && bolt.find()) {
        return new LaunchedApp(
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
    new LaunchedApp(process, log, 0, null, 0).stop();
    throw new IllegalStateException(
        "No start-up within " + START_UP.toMinutes() + " minutes:\n" + Files.readString(log));
  }

  /** A command of the packaged jar ({@code backup}, {@code restore}, ...) run to its end. */
  public static Finished run(Path jar, Path log, String... arguments) throws Exception {
    var command = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", jar.toString()));
    command.addAll(List.of(arguments));
    command.add("--atlas.neo4j.embedded.page-cache=32MB");
    var process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(4, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("No end within 4 minutes:\n" + Files.readString(log));
    }
    return new Finished(process.exitValue(), Files.readString(log));
  }

  /** How a command ended. */
  public record Finished(int exitCode, String output) {}

  /** The java of this test run, to start the jar with. */
  public static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  /**
   * Readiness turns UP once the warm-ups after the "Started" line are done, about 20 s on a quiet
   * machine and several times that beside a parallel build: poll as an orchestrator would, and
   * answer the last status seen.
   */
  public String readiness() throws IOException, InterruptedException {
    var deadline = Instant.now().plus(START_UP);
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

  /**
   * Waits until the meaning layers that the application computes in the background after start-up
   * are settled (none absent or computing), so that a test comparing the graph before and after
   * does not count a layer half written. Returns the last answer.
   */
  public String awaitMeaningLayersSettled() throws IOException, InterruptedException {
    var deadline = Instant.now().plus(START_UP);
    String answer;
    do {
      answer = post("/graphql", "{\"query\":\"{ meaningLayers { scope state } }\"}");
      if (answer.contains("\"state\"")
          && !answer.contains("\"ABSENT\"")
          && !answer.contains("\"COMPUTING\"")) {
        break;
      }
      Thread.sleep(250);
    } while (Instant.now().isBefore(deadline));
    return answer;
  }

  public String get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).build());
  }

  /** A GET signed in with HTTP basic authentication. */
  public String getAs(String user, String password, String path)
      throws IOException, InterruptedException {
    var credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + credentials).build());
  }

  public String post(String path, String json) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  public long countNodes(String password) {
    return nodesByLabels(password).values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * How many nodes carry each set of labels, so a test that compares two states names the odd one.
   */
  public Map<String, Long> nodesByLabels(String password) {
    try (var driver = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", password));
        var session = driver.session()) {
      var counts = new TreeMap<String, Long>();
      session
          .run(
              "MATCH (n) WITH reduce(s = '', l IN labels(n) | s + ':' + l) AS labels, count(n) AS n"
                  + " RETURN labels, n")
          .forEachRemaining(r -> counts.put(r.get("labels").asString(), r.get("n").asLong()));
      return counts;
    }
  }

  /**
   * SIGTERM, as an orchestrator stops a container: to the application first where a launcher
   * (spring-boot:run) forked it, then to the launcher. Returns the exit code.
   */
  public int stop() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroy);
    return awaitStop();
  }

  /**
   * SIGTERM to the started process alone, as a service manager sends it to the process it started:
   * a JVM that process started in its turn must have stopped when it ends.
   */
  public int stopStartedProcessOnly() throws InterruptedException {
    var started = process.descendants().toList();
    var exitCode = awaitStop();
    var running = started.stream().filter(ProcessHandle::isAlive).toList();
    running.forEach(ProcessHandle::destroyForcibly);
    if (!running.isEmpty()) {
      throw new IllegalStateException("Still running after the started process ended: " + running);
    }
    return exitCode;
  }

  /** The processes the started one started, as the operating system sees them now. */
  public List<ProcessHandle> startedProcesses() {
    return process.descendants().toList();
  }

  private int awaitStop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
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

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + httpPort + path);
  }

  /**
   * Sends the request, and again after the wait a 503 names in {@code Retry-After} (a sign-in whose
   * password check outlasted the server's wait on a busy machine), as a client should.
   */
  private static String send(HttpRequest request) throws IOException, InterruptedException {
    var http = HttpClient.newHttpClient();
    for (int attempt = 1; ; attempt++) {
      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
      var retryAfter = response.headers().firstValueAsLong("Retry-After");
      if (response.statusCode() != 503 || retryAfter.isEmpty() || attempt == 10) {
        return response.body();
      }
      Thread.sleep(TimeUnit.SECONDS.toMillis(retryAfter.getAsLong()));
    }
  }
}
