package org.competenceatlas.drill;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crash drill of docs/reliability.md: kills the packaged application with SIGKILL during a
 * burst of learner writes, and the ESCO import during its write, then restarts and checks that
 * every acknowledged write is there, nothing is half-written, and the taxonomy is the old release
 * or the new one, never a mix. Run it with {@code scripts/crash-drill.sh}.
 */
public final class CrashDrill {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String PASSWORD = "drill-password-1";
  // A user of the seed world without the adviser role: the grants change no one's access.
  private static final String GRANTEE = "rui";
  private static final int HTTP_PORT = 18_080;
  private static final int BOLT_PORT = 17_687;

  /** A progress line of the import's write phase: halfway through its one transaction. */
  private static final String KILL_IMPORT_AT = "REQUIRES (Occupation";

  private final Path jar;
  private final Path data;
  private final Path logs;
  private final DrillLaunch launch;

  private CrashDrill(Path jar, Path work) throws IOException {
    this.jar = jar;
    this.data = work.resolve("data");
    this.logs = Files.createDirectories(work.resolve("logs"));
    this.launch = new DrillLaunch(jar, List.of(), Map.of(), HTTP_PORT, BOLT_PORT, data, PASSWORD);
  }

  public static void main(String[] args) throws Exception {
    var options = new java.util.HashMap<String, String>();
    for (var arg : args) {
      var parts = arg.replaceFirst("^--", "").split("=", 2);
      options.put(parts[0], parts.length > 1 ? parts[1] : "true");
    }
    var work = Files.createTempDirectory("atlas-crash-drill");
    var drill =
        new CrashDrill(Path.of(options.getOrDefault("jar", "target/competence-atlas.jar")), work);
    int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
    boolean ok = true;
    for (int round = 1; round <= rounds; round++) {
      ok &= drill.writeBurstRound(round);
    }
    if (options.containsKey("esco") && options.containsKey("old-release")) {
      ok &= drill.importRound(Path.of(options.get("old-release")), Path.of(options.get("esco")));
    }
    System.out.println(ok ? "DRILL PASSED" : "DRILL FAILED");
    System.out.println("logs: " + drill.logs);
    System.exit(ok ? 0 : 1);
  }

  /** Writers grant access as fast as they can; the app is killed at a random moment. */
  private boolean writeBurstRound(int round) throws Exception {
    var app = start("app-" + round);
    var since = ZonedDateTime.now(ZoneOffset.UTC);
    var acknowledged = ConcurrentHashMap.<String>newKeySet();
    var stop = new AtomicBoolean();
    var attempts = new AtomicInteger();
    var writers = new ArrayList<Thread>();
    for (int w = 0; w < 8; w++) {
      int writer = w;
      var thread = new Thread(() -> write(round, writer, stop, attempts, acknowledged));
      thread.start();
      writers.add(thread);
    }
    // Kill in full flow: once writes are being acknowledged, at a random moment.
    var deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (acknowledged.size() < 50 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    Thread.sleep(ThreadLocalRandom.current().nextLong(200, 3_000));
    DrillLaunch.crash(app);
    stop.set(true);
    for (var writer : writers) {
      writer.join();
    }
    var restarted = start("app-" + round + "-restarted");
    try {
      var check = checkGrants(since, acknowledged);
      System.out.printf(
          "round %d: %d writes sent, %d acknowledged before SIGKILL; after restart %d present,"
              + " %d lost, %d committed but unacknowledged, %d half-written%n",
          round,
          attempts.get(),
          acknowledged.size(),
          check.present(),
          check.lost(),
          check.unacknowledged(),
          check.halfWritten());
      return check.lost() == 0 && check.halfWritten() == 0 && !acknowledged.isEmpty();
    } finally {
      restarted.destroy();
      restarted.waitFor();
    }
  }

  private void write(
      int round, int writer, AtomicBoolean stop, AtomicInteger attempts, Set<String> acknowledged) {
    var query =
        "mutation($g: String!) { grantAccess(learnerId: \"learner-sanne\","
            + " grant: {grantee: $g, role: ADVISER}) { id grantee } }";
    while (!stop.get()) {
      var grantee = GRANTEE;
      attempts.incrementAndGet();
      try {
        var body =
            JSON.writeValueAsString(Map.of("query", query, "variables", Map.of("g", grantee)));
        var response =
            HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + "/graphql"))
                    .header("Content-Type", "application/json")
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    "sanne:atlas-demo".getBytes(StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        var json = JSON.readTree(response.body());
        if (response.statusCode() == 200 && json.path("errors").isMissingNode()) {
          acknowledged.add(json.at("/data/grantAccess/id").asString());
        }
      } catch (IOException | RuntimeException e) {
        // A slow answer or a refused connection after the kill: the write is unacknowledged.
        pause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record GrantCheck(int present, int lost, int unacknowledged, int halfWritten) {}

  private GrantCheck checkGrants(ZonedDateTime since, Set<String> acknowledged) {
    try (var driver = driver();
        var session = driver.session()) {
      var parameters = Map.<String, Object>of("since", since, "grantee", GRANTEE);
      var grants =
          session
              .run(
                  "MATCH (:Learner {id: 'learner-sanne'})-[:GRANTED|GRANTED_BEFORE]->"
                      + "(g:AccessGrant {grantee: $grantee}) WHERE g.grantedAt >= $since"
                      + " RETURN g.id AS id",
                  parameters)
              .list(r -> r.get("id").asString());
      // A grant and its GRANT line, which names the grant, are written in one transaction: one
      // without the other would be a half-written change.
      int halfWritten =
          session
              .run(
                  """
                  MATCH (l:Learner {id: 'learner-sanne'})
                  OPTIONAL MATCH (l)-[:GRANTED|GRANTED_BEFORE]->(g:AccessGrant {grantee: $grantee})
                    WHERE g.grantedAt >= $since
                  WITH l, collect(g.id) AS granted
                  OPTIONAL MATCH (e:AccessEvent {learnerId: l.id, action: 'GRANT'})
                    WHERE e.at >= $since AND e.detail STARTS WITH 'ADVISER to ' + $grantee
                  WITH granted, collect(split(split(e.detail, '(grant ')[1], ')')[0]) AS logged
                  RETURN size([x IN granted WHERE NOT x IN logged])
                       + size([x IN logged WHERE NOT x IN granted]) AS n
                  """,
                  parameters)
              .single()
              .get("n")
              .asInt();
      var present = Set.copyOf(grants);
      int lost = (int) acknowledged.stream().filter(g -> !present.contains(g)).count();
      int unacknowledged = (int) present.stream().filter(g -> !acknowledged.contains(g)).count();
      return new GrantCheck(present.size(), lost, unacknowledged, halfWritten);
    }
  }

  /** Imports the old release, kills the import of the new one mid-write, then completes it. */
  private boolean importRound(Path oldRelease, Path newRelease) throws Exception {
    var old = runImport(oldRelease, "import-old", null, "--version=1.1.0");
    if (old != 0) {
      System.out.println("the old release did not import: see " + logs);
      return false;
    }
    var before = taxonomy();
    int killed = runImport(newRelease, "import-new-killed", KILL_IMPORT_AT);
    System.out.println("import of the new release killed (exit " + killed + ")");
    var afterKill = taxonomy();
    int completed = runImport(newRelease, "import-new", null);
    var after = taxonomy();
    System.out.printf(
        "import: old release %s; killed import (exit %d) left %s; completed import (exit %d)"
            + " gave %s%n",
        before, killed, afterKill, completed, after);
    return before.equals(afterKill) && completed == 0 && !after.equals(before);
  }

  private Map<String, Object> taxonomy() throws Exception {
    var app = start("app-taxonomy-check-" + System.nanoTime());
    try (var driver = driver();
        var session = driver.session()) {
      return session
          .run(
              """
              RETURN COUNT { (o:Occupation {source: 'esco'}) } AS escoOccupations,
                     COUNT { (s:LearningOutcome {source: 'esco'}) } AS escoOutcomes,
                     COUNT { (:Occupation {source: 'esco'})-[:REQUIRES]->() } AS escoRequirements,
                     COLLECT { MATCH (r:TaxonomyRelease) RETURN r.id } AS releases
              """)
          .single()
          .asMap();
    } finally {
      app.destroy();
      app.waitFor();
    }
  }

  /** Runs import-esco; with a {@code killAt} text, it is killed at the first line holding it. */
  private int runImport(Path release, String name, String killAt, String... options)
      throws Exception {
    var command =
        new ArrayList<>(
            List.of(
                "java",
                "-Xmx2g",
                "-jar",
                jar.toString(),
                "import-esco",
                "--dir=" + release,
                "--atlas.neo4j.embedded.data-directory=" + data,
                "--atlas.neo4j.embedded.password=" + PASSWORD,
                "--atlas.neo4j.embedded.bolt-port=0"));
    command.addAll(List.of(options));
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (var out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var log = Files.newBufferedWriter(logs.resolve(name + ".log"))) {
      String line;
      while ((line = out.readLine()) != null) {
        log.write(line);
        log.newLine();
        if (killAt != null && line.contains(killAt)) {
          process.destroyForcibly();
          log.write("--- SIGKILL sent by the drill ---");
          log.newLine();
          break;
        }
      }
    }
    return process.waitFor();
  }

  private Process start(String name) throws Exception {
    return launch.untilReady(
        name,
        logs.resolve(name + ".log"),
        Duration.ofMinutes(4),
        "--atlas.health.require-taxonomy=false",
        "--atlas.transfer.warm-up=false");
  }

  private static org.neo4j.driver.Driver driver() {
    return GraphDatabase.driver(
        "bolt://127.0.0.1:" + BOLT_PORT, AuthTokens.basic("neo4j", PASSWORD));
  }
}
