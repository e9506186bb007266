package org.competenceatlas.learner.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * Generates synthetic learners in a running application's graph and measures the learner map and a
 * learner's transitions over GraphQL (docs/benchmarks.md, section "Learner portfolios"). Not a
 * test: run it on demand against an instance you can throw away.
 *
 * <p>Each synthetic learner ({@code source: 'synthetic'}) has 4 experiences (a mix of formal,
 * non-formal and informal), {@code --claims} claims on random outcomes of the graph, with statuses
 * drawn 45 % self-assessed, 35 % evidenced (one piece of evidence each), 15 % validated, 5 % not
 * confirmed, and an adviser grant to the demo user ella, who signs the requests. Learners are
 * written in batches of 1,000 per transaction; a second run adds to the first.
 *
 * <p>Arguments: {@code http://127.0.0.1:8080 bolt://127.0.0.1:7687 <neo4j password>
 * [--learners=100000] [--claims=20] [--samples=1000] [--warmup=2000] [--rounds=3] [--store=<data
 * folder>] [--pid=<server pid>] [--portfolio]}. The warm-up requests are not measured: on two cores
 * the server's JIT needs a few thousand requests before it stops competing with them. Each round
 * measures every operation again; the median of the rounds' percentiles is printed last. {@code
 * --store} sums the store's files (the data folder given to the application), {@code --pid} reads
 * the server's resident memory from {@code /proc}, {@code --portfolio} measures a third operation
 * once the rounds of the two are done: {@code learner(id)} with its goals, experiences and claims,
 * the portfolio as a frontend reads it.
 */
public final class LearnerBenchmark {

  private static final String GENERATE =
      """
      UNWIND range($from, $to - 1) AS n
      WITH n, 'synthetic-' + n AS id
      CREATE (l:Learner {id: id, account: id, displayName: 'Synthetic ' + n, preferredLanguage: 'en',
                         values: [], ambitions: [], source: 'synthetic', version: 1})
      CREATE (l)-[:GRANTED]->(:AccessGrant {id: id + '-grant', grantee: 'ella', role: 'ADVISER',
                                            grantedAt: datetime(), source: 'synthetic'})
      WITH l, id, n
      UNWIND range(0, 3) AS e
      CREATE (l)-[:HAD]->(x:Experience {id: id + '-exp-' + e, title: 'Experience ' + e,
        kind: ['FORMAL', 'NON_FORMAL', 'INFORMAL', 'INFORMAL'][e],
        context: ['EDUCATION', 'EDUCATION', 'WORK', 'VOLUNTEERING'][e],
        startDate: date('2015-01-01') + duration({days: (n * 7 + e * 400) % 3000}), source: 'synthetic'})
      WITH l, id, n, collect(x) AS experiences
      UNWIND range(0, $claims - 1) AS c
      WITH l, id, n, experiences, c, $outcomes[(n * 7919 + c * 104729) % size($outcomes)] AS outcomeId,
           (n * 31 + c * 17) % 100 AS draw
      MATCH (lo:LearningOutcome {id: outcomeId})
      CREATE (l)-[:MADE]->(claim:Claim {id: id + '-claim-' + c, proficiency: 'INTERMEDIATE',
        status: CASE WHEN draw < 45 THEN 'SELF_ASSESSED' WHEN draw < 80 THEN 'EVIDENCED'
                     WHEN draw < 95 THEN 'VALIDATED' ELSE 'NOT_CONFIRMED' END,
        source: 'synthetic'})-[:ABOUT]->(lo)
      WITH claim, id, c, draw, experiences[c % 4] AS experience
      CREATE (claim)-[:SUPPORTED_BY]->(experience)
      FOREACH (_ IN CASE WHEN draw >= 45 THEN [1] ELSE [] END |
        CREATE (claim)-[:HAS_EVIDENCE]->(:Evidence {id: id + '-evidence-' + c, kind: 'DOCUMENT',
                                                    title: 'Certificate', source: 'synthetic'}))
      """;

  private LearnerBenchmark() {}

  public static void main(String[] args) throws Exception {
    var http = URI.create(args[0] + "/graphql");
    var bolt = URI.create(args[1]);
    var password = args[2];
    int learners = option(args, "--learners=", 100_000);
    int claims = option(args, "--claims=", 20);
    int samples = option(args, "--samples=", 1_000);
    int warmup = option(args, "--warmup=", 2_000);
    int rounds = option(args, "--rounds=", 3);
    var store = text(args, "--store=");
    var pid = text(args, "--pid=");

    int existing;
    try (var driver = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", password));
        var session = driver.session()) {
      existing =
          session
              .run("MATCH (l:Learner {source: 'synthetic'}) RETURN count(l) AS n")
              .single()
              .get("n")
              .asInt();
      var outcomes =
          session
              .run("MATCH (lo:LearningOutcome) RETURN lo.id AS id ORDER BY id LIMIT 20000")
              .list(r -> r.get("id").asString());
      long started = System.nanoTime();
      for (int from = existing; from < learners; from += 1_000) {
        int to = Math.min(learners, from + 1_000);
        int start = from;
        session.executeWriteWithoutResult(
            tx ->
                tx.run(
                        GENERATE,
                        Map.of("from", start, "to", to, "claims", claims, "outcomes", outcomes))
                    .consume());
      }
      System.out.printf(
          Locale.ROOT,
          "generated %d learners x %d claims in %.1f s (%d were there)%n",
          Math.max(0, learners - existing),
          claims,
          (System.nanoTime() - started) / 1e9,
          existing);
    }
    if (store != null) {
      System.out.printf(
          Locale.ROOT,
          "store: databases %s, transaction logs %s%n",
          megabytes(Path.of(store, "data", "databases")),
          megabytes(Path.of(store, "data", "transactions")));
    }

    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    var auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("ella:atlas-demo".getBytes(StandardCharsets.UTF_8));
    var map =
        "{\"query\":\"query($l: ID!) { learnerMap(learnerId: $l, destinations: 5) { experiences { id }"
            + " claims { id status evidenceCount experienceIds outcome { id } }"
            + " occupations { to { id } score claimIds } qualifications { to { id } score } } }\","
            + "\"variables\":{\"l\":\"%s\"}}";
    var transitions =
        "{\"query\":\"query($l: ID!) { transitions(from: {learnerId: $l}, first: 10) { edges { node {"
            + " to { id } score gap(first: 5) { outcome { id } } } } } }\","
            + "\"variables\":{\"l\":\"%s\"}}";
    var medians = new LinkedHashMap<String, List<double[]>>();
    var procedure = new Procedure(client, http, auth, learners, rounds, warmup, samples, medians);
    procedure.measure(
        Map.of("learnerMap", map, "transitions", transitions),
        List.of("learnerMap", "transitions"),
        new Random(42));
    if (List.of(args).contains("--portfolio")) {
      // After the other two and with draws of its own, so their figures stay those of a run
      // without it.
      var portfolio =
          "{\"query\":\"query($l: ID!) { learner(id: $l) { id displayName preferredLanguage values"
              + " ambitions goals { id kind label } experiences { id kind context title startDate"
              + " endDate ongoing } claims { id status proficiency outcome { id label }"
              + " supportedBy { id } evidence { kind title } } } }\","
              + "\"variables\":{\"l\":\"%s\"}}";
      procedure.measure(Map.of("learner", portfolio), List.of("learner"), new Random(43));
    }
    medians.forEach(
        (name, runs) ->
            System.out.printf(
                Locale.ROOT,
                "%s, median of %d rounds: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d%n",
                name,
                runs.size(),
                median(runs, 0),
                median(runs, 1),
                median(runs, 2),
                (int) runs.stream().mapToDouble(r -> r[3]).sum()));
    if (pid != null) {
      for (var line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
        if (line.startsWith("VmRSS") || line.startsWith("VmHWM")) {
          System.out.println("server " + line.replaceAll("\\s+", " "));
        }
      }
    }
  }

  /**
   * The measured rounds of some operations, sent as ella, each learner drawn from {@code random}.
   */
  private record Procedure(
      HttpClient client,
      URI http,
      String auth,
      int learners,
      int rounds,
      int warmup,
      int samples,
      Map<String, List<double[]>> medians) {

    void measure(Map<String, String> bodies, List<String> order, Random random) throws Exception {
      for (int round = 1; round <= rounds; round++) {
        for (var name : order) {
          var body = bodies.get(name);
          for (int i = 0; i < (round == 1 ? warmup : samples / 10); i++) {
            send(client, http, auth, body.formatted("synthetic-" + random.nextInt(learners)));
          }
          var times = new ArrayList<Double>();
          int errors = 0;
          for (int i = 0; i < samples; i++) {
            long started = System.nanoTime();
            boolean ok =
                send(client, http, auth, body.formatted("synthetic-" + random.nextInt(learners)));
            times.add((System.nanoTime() - started) / 1e6);
            errors += ok ? 0 : 1;
          }
          Collections.sort(times);
          var percentiles =
              new double[] {
                percentile(times, 0.50), percentile(times, 0.95), percentile(times, 0.99), errors
              };
          medians.computeIfAbsent(name, k -> new ArrayList<>()).add(percentiles);
          System.out.printf(
              Locale.ROOT,
              "round %d %s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d%n",
              round,
              name,
              percentiles[0],
              percentiles[1],
              percentiles[2],
              errors);
        }
      }
    }
  }

  private static double percentile(List<Double> sorted, double share) {
    return sorted.get((int) Math.ceil(sorted.size() * share) - 1);
  }

  private static double median(List<double[]> runs, int column) {
    var values = runs.stream().mapToDouble(r -> r[column]).sorted().toArray();
    return values[values.length / 2];
  }

  private static String megabytes(Path folder) throws java.io.IOException {
    if (!Files.isDirectory(folder)) {
      return "?";
    }
    try (var files = Files.walk(folder)) {
      long bytes =
          files
              .filter(Files::isRegularFile)
              .mapToLong(
                  file -> {
                    try {
                      return Files.size(file);
                    } catch (java.io.IOException e) {
                      return 0;
                    }
                  })
              .sum();
      return String.format(Locale.ROOT, "%,d MB", bytes >> 20);
    }
  }

  private static String text(String[] args, String prefix) {
    for (var arg : args) {
      if (arg.startsWith(prefix)) {
        return arg.substring(prefix.length());
      }
    }
    return null;
  }

  private static boolean send(HttpClient client, URI uri, String auth, String body)
      throws Exception {
    var request =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .header("Authorization", auth)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    var response = client.send(request, HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200 && !response.body().contains("\"errors\"");
  }

  private static int option(String[] args, String prefix, int fallback) {
    for (var arg : args) {
      if (arg.startsWith(prefix)) {
        return Integer.parseInt(arg.substring(prefix.length()));
      }
    }
    return fallback;
  }
}
