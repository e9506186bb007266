package org.competenceatlas.transfer.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * Benchmarks the transfer engine over GraphQL against a running application that serves the
 * imported ESCO release (docs/benchmarks.md, section "Transfer engine"). Not a test: run it on
 * demand. Measures, in one run: each operation's latency from one client; a mixed read load from 16
 * concurrent clients; and two yardsticks on the same data — the ranking as the plain Cypher query
 * people write first ({@code cypher/benchmarks/transitions-yardstick.cypher}, over Bolt) and a
 * single-threaded in-memory scan of the same exact-match ranking in this process.
 *
 * <p>Arguments: {@code http://127.0.0.1:8080 bolt://127.0.0.1:7687 <neo4j password> [--seconds=30]
 * [--clients=16] [--samples=200] [--runs=1] [--phases=latency,yardsticks,mixed] [--only=routes]}.
 * {@code --phases=data} writes the occupation ids and search words for the wrk script {@code
 * src/test/resources/bench/transfer-mix.lua}. {@code --runs} repeats the mixed load and prints the
 * median; {@code --phases=mixed} runs the load alone, e.g. against several servers in turn; {@code
 * --only} sends one operation instead of the mix, to see what each costs the server. The mixed load
 * reports the processor time this driver and the server (its {@code process_cpu_time_ns_total})
 * spent, so a saturated driver shows up.
 */
public final class TransferBenchmark {

  private TransferBenchmark() {}

  public static void main(String[] args) throws Exception {
    var http = URI.create(args[0] + "/graphql");
    var bolt = URI.create(args[1]);
    var password = args[2];
    int seconds = option(args, "--seconds=", 30);
    int clients = option(args, "--clients=", 16);
    int samples = option(args, "--samples=", 200);
    int runs = option(args, "--runs=", 1);
    var phases = List.of(text(args, "--phases=", "latency,yardsticks,mixed").split(","));
    var only = text(args, "--only=", null);
    Operation.only = only == null ? null : Operation.valueOf(only);

    var data = Data.load(bolt, password);
    System.out.printf(
        Locale.ROOT,
        "data: %d occupations, %d outcomes; load average %s%n",
        data.ids.size(),
        data.outcomeCount,
        loadAverage());
    // HTTP/1.1 as browsers' GraphQL clients use on plain HTTP; the default would try an h2c
    // upgrade.
    var client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    var random = new Random(42);

    for (int i = 0; i < 30; i++) {
      for (var op : Operation.values()) {
        send(client, http, op.body(data, random));
      }
    }
    if (phases.contains("data")) {
      var file = Path.of("target/transfer-bench-data.txt");
      var lines = new ArrayList<String>();
      data.ids.forEach(id -> lines.add("o " + id));
      data.words.forEach(word -> lines.add("w " + word));
      Files.write(file, lines);
      System.out.println("wrote " + file + " for the wrk script");
    }
    if (phases.contains("latency")) {
      latency(client, http, args[0], data, random, samples);
    }
    if (phases.contains("yardsticks")) {
      yardsticks(bolt, password, data, random, samples);
    }
    if (phases.contains("mixed")) {
      var rates = new ArrayList<Double>();
      for (int run = 1; run <= runs; run++) {
        rates.add(mixed(client, http, args[0], data, clients, seconds, run));
      }
      Collections.sort(rates);
      System.out.printf(
          Locale.ROOT,
          "%nMixed load, median of %d run(s): %.0f requests/s (runs: %s)%n",
          runs,
          percentile(rates, 50),
          rates);
    }
  }

  private static void latency(
      HttpClient client, URI http, String base, Data data, Random random, int samples) {
    System.out.println("\nOne client, " + samples + " requests per operation (ms):");
    System.out.println("| operation | p50 | p95 | p99 | errors |");
    System.out.println("| --- | ---: | ---: | ---: | ---: |");
    var server = new ArrayList<String>();
    for (var op : Operation.values()) {
      var times = new ArrayList<Double>();
      int errors = 0;
      var before = ServerTimes.read(prometheus(client, base));
      for (int i = 0; i < samples; i++) {
        long started = System.nanoTime();
        boolean ok = send(client, http, op.body(data, random));
        times.add((System.nanoTime() - started) / 1e6);
        errors += ok ? 0 : 1;
      }
      server.add(op.name() + ": " + ServerTimes.read(prometheus(client, base)).since(before));
      row(op.name(), times, errors);
    }
    server.forEach(System.out::println);
  }

  private static void yardsticks(URI bolt, String password, Data data, Random random, int samples)
      throws Exception {
    System.out.println("\nYardsticks, the same sources (ms):");
    System.out.println("| what | p50 | p95 | p99 |");
    System.out.println("| --- | ---: | ---: | ---: |");
    var cypher = Files.readString(Path.of("cypher/benchmarks/transitions-yardstick.cypher"));
    try (var driver = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", password));
        var session = driver.session()) {
      var times = new ArrayList<Double>();
      for (int i = 0; i < samples; i++) {
        var source = data.ids.get(random.nextInt(data.ids.size()));
        long started = System.nanoTime();
        session.run(cypher, Map.of("source", source)).list();
        times.add((System.nanoTime() - started) / 1e6);
      }
      row("plain Cypher ranking (exact matches only, top 20, over Bolt)", times, -1);
    }
    var scan = new ArrayList<Double>();
    for (int i = 0; i < Math.max(samples, 1000); i++) {
      int source = random.nextInt(data.ids.size());
      long started = System.nanoTime();
      data.scan(source);
      scan.add((System.nanoTime() - started) / 1e6);
    }
    row("in-memory scan, one thread (exact matches only, all occupations)", scan, -1);
  }

  /** One mixed-load run; returns its requests per second. */
  private static double mixed(
      HttpClient client, URI http, String base, Data data, int clients, int seconds, int run)
      throws Exception {
    System.out.printf(
        Locale.ROOT, "%nMixed load, run %d: %d clients for %d s%n", run, clients, seconds);
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long driverCpuBefore = os.getProcessCpuTime();
    double serverCpuBefore = serverCpuNanos(client, base);
    var serverTimesBefore = ServerTimes.read(prometheus(client, base));
    String loadBefore = loadAverage();
    var latencies = new ConcurrentHashMap<Operation, List<Double>>();
    var errors = new AtomicLong();
    var done = new CountDownLatch(clients);
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    for (int c = 0; c < clients; c++) {
      var own = new Random(1000 + c);
      new Thread(
              () -> {
                try {
                  while (System.nanoTime() < deadline) {
                    var op = Operation.mixed(own);
                    long started = System.nanoTime();
                    boolean ok = send(client, http, op.body(data, own));
                    latencies
                        .computeIfAbsent(op, k -> Collections.synchronizedList(new ArrayList<>()))
                        .add((System.nanoTime() - started) / 1e6);
                    if (!ok) {
                      errors.incrementAndGet();
                    }
                  }
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    done.await();
    double driverCpu = (os.getProcessCpuTime() - driverCpuBefore) / 1e9;
    double serverCpu = (serverCpuNanos(client, base) - serverCpuBefore) / 1e9;
    var serverTimes = ServerTimes.read(prometheus(client, base)).since(serverTimesBefore);
    long total = latencies.values().stream().mapToLong(List::size).sum();
    System.out.printf(
        Locale.ROOT,
        "%d requests, %.0f requests/s, %d errors; load average before %s, after %s%n",
        total,
        total / (double) seconds,
        errors.get(),
        loadBefore,
        loadAverage());
    System.out.printf(
        Locale.ROOT,
        "processor time: server %.1f s (%.2f ms per request), driver %.1f s (%.2f ms per request),"
            + " %d processors%n",
        serverCpu,
        1000 * serverCpu / total,
        driverCpu,
        1000 * driverCpu / total,
        Runtime.getRuntime().availableProcessors());
    System.out.println(
        (Operation.only == null ? "all operations of the mix, " : Operation.only + ", ")
            + serverTimes);
    System.out.println("| operation | share | p50 | p95 | p99 |");
    System.out.println("| --- | ---: | ---: | ---: | ---: |");
    for (var op : Operation.values()) {
      var times = latencies.getOrDefault(op, List.of());
      if (!times.isEmpty()) {
        var copy = new ArrayList<>(times);
        Collections.sort(copy);
        System.out.printf(
            Locale.ROOT,
            "| %s | %.0f %% | %.1f | %.1f | %.1f |%n",
            op,
            100.0 * copy.size() / total,
            percentile(copy, 50),
            percentile(copy, 95),
            percentile(copy, 99));
      }
    }
    return total / (double) seconds;
  }

  /** The server's processor time so far, from its Prometheus endpoint; NaN when unavailable. */
  private static double serverCpuNanos(HttpClient client, String base) {
    for (var line : prometheus(client, base).split("\n")) {
      if (line.startsWith("process_cpu_time_ns_total ")) {
        return Double.parseDouble(line.substring(line.indexOf(' ') + 1));
      }
    }
    return Double.NaN;
  }

  /** The server's Prometheus page (the dev profile's admin), or "" when it cannot be read. */
  private static String prometheus(HttpClient client, String base) {
    try {
      return client
          .send(
              HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                  .header(
                      "Authorization",
                      "Basic "
                          + java.util.Base64.getEncoder()
                              .encodeToString(
                                  "admin:atlas-demo"
                                      .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (Exception e) {
      return "";
    }
  }

  /** The GraphQL operations of the benchmark and their share of the mixed load. */
  enum Operation {
    transfer(
        30,
        "query transfer($a: ID!, $b: ID!) { transfer(from: {occupationId: $a}, to: {occupationId: $b})"
            + " { score matches { kind contribution required { label } held { label } path { text } }"
            + " gap { outcome { label } } } }"),
    transitions(
        25,
        "query transitions($a: ID!) { transitions(from: {occupationId: $a}, first: 20) { totalCount"
            + " edges { node { to { label } score strongestTransfers(first: 3) { kind } gap(first: 5)"
            + " { outcome { label } } areas { area { label } requiredCount supportedCount coverage }"
            + " } } } }"),
    routes(
        10,
        "query routes($a: ID!, $b: ID!) { routes(from: {occupationId: $a}, to: $b, maxSteps: 3,"
            + " first: 5) { cost steps { to { label } score } } }"),
    search(
        20,
        "query search($text: String!) { searchOccupations(text: $text, first: 10) { edges"
            + " { node { id label } } } }"),
    occupation(
        15,
        "query occupation($a: ID!) { occupation(id: $a) { label outcomes { importance outcome"
            + " { label broader { label } } } } }");

    final int share;
    final String document;

    Operation(int share, String document) {
      this.share = share;
      this.document = document;
    }

    /** When set, the mixed load sends only this operation. */
    static Operation only;

    static Operation mixed(Random random) {
      if (only != null) {
        return only;
      }
      int pick = random.nextInt(100);
      for (var op : values()) {
        if (pick < op.share) {
          return op;
        }
        pick -= op.share;
      }
      return occupation;
    }

    String body(Data data, Random random) {
      var a = data.ids.get(random.nextInt(data.ids.size()));
      var b = data.ids.get(random.nextInt(data.ids.size()));
      var variables =
          switch (this) {
            case search ->
                "{\"text\": \"" + data.words.get(random.nextInt(data.words.size())) + "\"}";
            case transitions, occupation -> "{\"a\": \"" + a + "\"}";
            default -> "{\"a\": \"" + a + "\", \"b\": \"" + b + "\"}";
          };
      return "{\"query\": \""
          + document.replace("\"", "\\\"")
          + "\", \"variables\": "
          + variables
          + "}";
    }
  }

  /** The occupations and requirements, for request variables and the in-memory yardstick. */
  static final class Data {
    final List<String> ids = new ArrayList<>();
    final List<String> words = new ArrayList<>();
    int outcomeCount;
    int[][] essential;
    int[][] all;
    double[] rarity;

    static Data load(URI bolt, String password) {
      var data = new Data();
      var outcomes = new HashMap<String, Integer>();
      var essential = new ArrayList<List<Integer>>();
      var all = new ArrayList<List<Integer>>();
      try (var driver = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", password));
          var session = driver.session()) {
        session
            .run(
                "MATCH (o:Occupation {source: 'esco'})-[r:REQUIRES]->(lo:LearningOutcome)"
                    + " RETURN o.id AS o, o.prefLabel_en AS label, lo.id AS lo, r.importance AS i"
                    + " ORDER BY o")
            .forEachRemaining(
                row -> {
                  var o = row.get("o").asString();
                  if (data.ids.isEmpty() || !data.ids.get(data.ids.size() - 1).equals(o)) {
                    data.ids.add(o);
                    essential.add(new ArrayList<>());
                    all.add(new ArrayList<>());
                    var label = row.get("label").asString();
                    data.words.add(label.split(" ")[0].replaceAll("[^\\p{L}]", ""));
                  }
                  int lo = outcomes.computeIfAbsent(row.get("lo").asString(), k -> outcomes.size());
                  all.get(all.size() - 1).add(lo);
                  if ("essential".equals(row.get("i").asString())) {
                    essential.get(essential.size() - 1).add(lo);
                  }
                });
      }
      data.words.removeIf(String::isEmpty);
      data.outcomeCount = outcomes.size();
      data.essential =
          essential.stream().map(l -> l.stream().mapToInt(i -> i).toArray()).toArray(int[][]::new);
      data.all =
          all.stream()
              .map(l -> l.stream().mapToInt(i -> i).distinct().toArray())
              .toArray(int[][]::new);
      var demand = new int[data.outcomeCount];
      for (var list : data.all) {
        for (int o : list) {
          demand[o]++;
        }
      }
      data.rarity = new double[data.outcomeCount];
      for (int o = 0; o < demand.length; o++) {
        data.rarity[o] = 1 + Math.log((data.ids.size() + 1.0) / (demand[o] + 1.0));
      }
      return data;
    }

    /** Rarity-weighted exact coverage of every occupation's essential outcomes, then sorted. */
    double[] scan(int source) {
      var held = new boolean[outcomeCount];
      for (int o : all[source]) {
        held[o] = true;
      }
      var scores = new double[essential.length];
      for (int t = 0; t < essential.length; t++) {
        double total = 0;
        double covered = 0;
        for (int o : essential[t]) {
          total += rarity[o];
          covered += held[o] ? rarity[o] : 0;
        }
        scores[t] = total > 0 ? covered / total : 0;
      }
      var sorted = scores.clone();
      java.util.Arrays.sort(sorted);
      return sorted;
    }
  }

  private static boolean send(HttpClient client, URI uri, String body) {
    try {
      var response =
          client.send(
              HttpRequest.newBuilder(uri)
                  .header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(30))
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && !response.body().contains("\"errors\"");
    } catch (Exception e) {
      return false;
    }
  }

  private static void row(String name, List<Double> times, int errors) {
    var copy = new ArrayList<>(times);
    Collections.sort(copy);
    System.out.printf(
        Locale.ROOT,
        "| %s | %.2f | %.2f | %.2f |%s%n",
        name,
        percentile(copy, 50),
        percentile(copy, 95),
        percentile(copy, 99),
        errors >= 0 ? " " + errors + " |" : "");
  }

  private static double percentile(List<Double> sorted, int p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  private static int option(String[] args, String prefix, int fallback) {
    for (var arg : args) {
      if (arg.startsWith(prefix)) {
        return Integer.parseInt(arg.substring(prefix.length()));
      }
    }
    return fallback;
  }

  private static String text(String[] args, String prefix, String fallback) {
    for (var arg : args) {
      if (arg.startsWith(prefix)) {
        return arg.substring(prefix.length());
      }
    }
    return fallback;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
    } catch (Exception e) {
      return "unknown";
    }
  }
}
