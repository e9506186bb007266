package org.competenceatlas;

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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * Starts the application with the README's command ({@code ./mvnw spring-boot:run}) in a fresh data
 * folder, asks a GraphQL question, stops it, and starts it again on the same folder: the seed world
 * is there once, not twice.
 */
class ReadmeQuickStartIT {

  private static final Pattern HTTP_PORT = Pattern.compile("Tomcat started on port (\\d+)");
  private static final Pattern BOLT = Pattern.compile("Bolt listens at (bolt://[0-9.:]+)");
  private static final String PASSWORD = "readme-test-password";

  @TempDir Path data;

  @Test
  void theReadmeCommandServesTheSeedWorldAndASecondStartDoesNotDuplicateIt() throws Exception {
    long firstCount;
    try (var app = App.start(data, Files.createTempFile("atlas-run", ".log"))) {
      var answer =
          app.graphQl(
              "{\"query\":\"{ searchOccupations(text: \\\"receptionist\\\") { edges { node { id"
                  + " label } } } }\"}");
      assertThat(answer).contains("hotel receptionist").doesNotContain("errors");
      firstCount = app.countNodes();
      assertThat(firstCount).isGreaterThan(300);
    }
    try (var app = App.start(data, Files.createTempFile("atlas-run", ".log"))) {
      assertThat(app.countNodes()).isEqualTo(firstCount);
    }
  }

  private record App(Process process, Path log, int httpPort, URI bolt) implements AutoCloseable {

    static App start(Path data, Path log) throws Exception {
      var arguments =
          String.join(
              " ",
              "--server.port=0",
              "--atlas.neo4j.embedded.bolt-port=0",
              "--atlas.neo4j.embedded.data-directory=" + data.resolve("neo4j"),
              "--atlas.neo4j.embedded.password=" + PASSWORD,
              "--atlas.neo4j.embedded.page-cache=64MB");
      var process =
          new ProcessBuilder(
                  List.of(
                      "./mvnw",
                      "-B",
                      "spring-boot:run",
                      "-Dspotless.check.skip=true",
                      "-Dspring-boot.run.arguments=" + arguments))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      var deadline = Instant.now().plus(Duration.ofMinutes(4));
      while (Instant.now().isBefore(deadline)) {
        var text = Files.readString(log);
        var http = HTTP_PORT.matcher(text);
        var bolt = BOLT.matcher(text);
        if (http.find() && bolt.find()) {
          return new App(process, log, Integer.parseInt(http.group(1)), URI.create(bolt.group(1)));
        }
        if (!process.isAlive()) {
          throw new IllegalStateException("The application stopped during start-up:\n" + text);
        }
        Thread.sleep(250);
      }
      new App(process, log, 0, null).close();
      throw new IllegalStateException("No start-up within 4 minutes:\n" + Files.readString(log));
    }

    String graphQl(String body) throws IOException, InterruptedException {
      var request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/graphql"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    long countNodes() {
      try (var driver = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", PASSWORD));
          var session = driver.session()) {
        return session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
      }
    }

    @Override
    public void close() throws Exception {
      // spring-boot:run forks the application; stop it first, then Maven.
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    }
  }
}
