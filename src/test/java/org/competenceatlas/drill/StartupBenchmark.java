package org.competenceatlas.drill;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.util.FileSystemUtils;

/**
 * Start-up against the bare DBMS, as issue 18 asks: per run, in turn, the yardstick ({@link
 * BareDbmsStart}: the same embedded DBMS, started alone) and the packaged application started as
 * the README starts it, each timed from process start, the application to readiness UP (which waits
 * for the transfer index), the yardstick to its database being available. Two cases: a fresh folder
 * with the seed world, and, with {@code --store=<folder>}, an existing store with an imported ESCO
 * release (started without the seed world, as the README serves ESCO). Prints every run, the
 * medians and the ratios; logs stay in {@code target/startup-benchmark/}. Before the runs, {@code
 * --prepare=2} fresh starts (timed, not counted) take the launcher's class-data cache, kept in
 * {@code target/startup-benchmark/jvm-cache}, from empty through unpacking and recording to the
 * state every later start of a build is in. At readiness it also reads how much processor time the
 * application's JVM has used, by kind of thread ({@link ThreadProcessorTime}).
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
 *   org.competenceatlas.drill.StartupBenchmark target/competence-atlas.jar --store=esco-data --runs=3
 * </pre>
 */
public final class StartupBenchmark {

  private static final int HTTP_PORT = 18471;
  private static final int BOLT_PORT = 17471;
  private static final String PASSWORD = "atlas-dev-password";
  private static final long LIMIT_MS = 10 * 60 * 1000;
  private static final Map<String, Pattern> PHASES = phases();
  private static final String SEED_RECEPTIONIST =
      "http://data.competence-atlas.org/occupation/hotel-receptionist";
  private static final String SEED_NURSE = "http://data.competence-atlas.org/occupation/nurse";
  private static final String ESCO_RECEPTIONIST =
      "http://data.europa.eu/esco/occupation/82025c02-9082-416c-998b-f51eb0359ee6";
  private static final String ESCO_NURSE =
      "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";
  private static final String TRANSFER =
      "{\"query\":\"{ transfer(from: {occupationId: \\\"%s\\\"}, to: {occupationId:"
          + " \\\"%s\\\"}) { score parts { essentialCoverage optionalCoverage essentialShare"
          + " optionalShare } matches { required { label } held { label } kind strength"
          + " contribution path { text } } gap { outcome { label } weight support } offers {"
          + " opportunity { label provider } closes { label } } } }\"}";
  private static final String FRESH_BARE = "fresh: bare DBMS";
  private static final String FRESH_APPLICATION = "fresh: application, seed world";
  private static final String STORE_BARE = "ESCO store: bare DBMS";
  private static final String STORE_APPLICATION = "ESCO store: application";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Path jar;
  private final Path work;

  private StartupBenchmark(Path jar, Path work) {
    this.jar = jar;
    this.work = work;
  }

  public static void main(String[] args) throws Exception {
    var jar =
        Path.of(
            args.length > 0 && !args[0].startsWith("--") ? args[0] : "target/competence-atlas.jar");
    Path store = null;
    int runs = 3;
    int prepare = 2;
    for (var arg : args) {
      if (arg.startsWith("--store=")) {
        store = Path.of(arg.substring("--store=".length()));
      } else if (arg.startsWith("--runs=")) {
        runs = Integer.parseInt(arg.substring("--runs=".length()));
      } else if (arg.startsWith("--prepare=")) {
        prepare = Integer.parseInt(arg.substring("--prepare=".length()));
      }
    }
    var work = Path.of("target/startup-benchmark");
    Files.createDirectories(work);
    var benchmark = new StartupBenchmark(jar, work);
    var results = new LinkedHashMap<String, List<Long>>();
    FileSystemUtils.deleteRecursively(work.resolve("jvm-cache"));
    for (int run = 1; run <= prepare; run++) {
      var freshApp = work.resolve("fresh-app");
      FileSystemUtils.deleteRecursively(freshApp);
      benchmark.application(
          results,
          "preparation " + run + ", fresh",
          freshApp,
          "prepare-" + run,
          String.format(TRANSFER, SEED_RECEPTIONIST, SEED_NURSE),
          List.of());
    }
    for (int run = 1; run <= runs; run++) {
      var freshYardstick = work.resolve("fresh-yardstick");
      var freshApp = work.resolve("fresh-app");
      FileSystemUtils.deleteRecursively(freshYardstick);
      FileSystemUtils.deleteRecursively(freshApp);
      record(results, FRESH_BARE, benchmark.yardstick(freshYardstick, "fresh-" + run));
      benchmark.application(
          results,
          FRESH_APPLICATION,
          freshApp,
          "fresh-" + run,
          String.format(TRANSFER, SEED_RECEPTIONIST, SEED_NURSE),
          List.of());
      if (store != null) {
        record(results, STORE_BARE, benchmark.yardstick(store, "store-" + run));
        benchmark.application(
            results,
            STORE_APPLICATION,
            store,
            "store-" + run,
            String.format(TRANSFER, ESCO_RECEPTIONIST, ESCO_NURSE),
            List.of(),
            "--atlas.seed.enabled=false");
      }
    }
    System.out.println();
    results.forEach(
        (name, values) -> {
          if (name.endsWith("(µs)")) {
            System.out.printf(
                "%-52s median %8.1f ms  runs %s%n",
                name.replace(" (µs)", ""),
                median(values) / 1000.0,
                values.stream().map(v -> String.format("%.1f", v / 1000.0)).toList());
          } else {
            System.out.printf("%-52s median %8d ms  runs %s%n", name, median(values), values);
          }
        });
    ratio(results, "fresh", FRESH_BARE, FRESH_APPLICATION);
    if (store != null) {
      ratio(results, "ESCO store", STORE_BARE, STORE_APPLICATION);
    }
  }

  private long yardstick(Path folder, String run) throws Exception {
    var log = work.resolve("yardstick-" + run + ".log");
    long started = System.nanoTime();
    var process =
        new ProcessBuilder(
                "java",
                "-cp",
                System.getProperty("java.class.path"),
                BareDbmsStart.class.getName(),
                folder.toString(),
                String.valueOf(BOLT_PORT))
            .redirectErrorStream(true)
            .start();
    long elapsed = -1;
    try (var out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var writer = Files.newBufferedWriter(log)) {
      for (var line = out.readLine(); line != null; line = out.readLine()) {
        if (elapsed < 0 && line.startsWith(BareDbmsStart.READY)) {
          elapsed = (System.nanoTime() - started) / 1_000_000;
        }
        writer.write(line);
        writer.newLine();
      }
    }
    if (process.waitFor() != 0 || elapsed < 0) {
      throw new IllegalStateException("The bare DBMS did not start: see " + log);
    }
    System.out.printf("run %-8s bare DBMS  %6d ms  (%s)%n", run, elapsed, folder);
    return elapsed;
  }

  private void application(
      Map<String, List<Long>> results,
      String name,
      Path folder,
      String run,
      String transfer,
      List<String> jvm,
      String... settings)
      throws Exception {
    var log = work.resolve("application-" + run + ".log");
    var launch =
        new DrillLaunch(
            jar,
            jvm,
            Map.of("ATLAS_JVM_CACHE", work.resolve("jvm-cache").toAbsolutePath().toString()),
            HTTP_PORT,
            BOLT_PORT,
            folder,
            PASSWORD);
    long started = System.nanoTime();
    var process = launch.start(log, settings);
    try {
      while (!launch.ready()) {
        if (!process.isAlive()) {
          throw new IllegalStateException("The application exited: see " + log);
        }
        if ((System.nanoTime() - started) / 1_000_000 > LIMIT_MS) {
          throw new IllegalStateException("The application did not get ready: see " + log);
        }
        Thread.sleep(100);
      }
      long elapsed = (System.nanoTime() - started) / 1_000_000;
      var processor = ThreadProcessorTime.of(DrillLaunch.storeHolder(process));
      var answers = new ArrayList<Long>();
      for (int i = 0; i < 11; i++) {
        answers.add(answerMicros(transfer));
      }
      long first = answers.get(0);
      long next = median(answers.subList(1, answers.size()));
      System.out.printf(
          "run %-8s application %6d ms  first answer %6.1f ms, next %5.1f ms  %s%n",
          run, elapsed, first / 1000.0, next / 1000.0, phasesOf(Files.readString(log)));
      record(results, name, elapsed);
      record(results, name + ", first answer (µs)", first);
      record(results, name + ", next answers (µs)", next);
      if (!processor.isEmpty()) {
        var spent = new ArrayList<String>();
        processor.forEach(
            (kind, seconds) -> {
              spent.add(String.format("%s %.1f", kind, seconds));
              record(
                  results, name + ", processor time to ready, " + kind, Math.round(seconds * 1000));
            });
        System.out.printf(
            "run %-8s processor time to readiness (s): %s%n", run, String.join(", ", spent));
      }
    } finally {
      long stopping = System.nanoTime();
      process.destroy();
      process.waitFor();
      System.out.printf(
          "run %-8s stopped in %d ms%n", run, (System.nanoTime() - stopping) / 1_000_000);
    }
  }

  private static long answerMicros(String body) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + "/graphql"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    long started = System.nanoTime();
    var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    long micros = (System.nanoTime() - started) / 1_000;
    if (response.statusCode() != 200 || !response.body().contains("\"score\"")) {
      throw new IllegalStateException("The transfer request failed: " + response.body());
    }
    return micros;
  }

  private static Map<String, Pattern> phases() {
    var phases = new LinkedHashMap<String, Pattern>();
    phases.put("DBMS", Pattern.compile("Embedded Neo4j started in (\\d+) ms"));
    phases.put("seed", Pattern.compile("Loaded the seed world \\(\\d+ scripts\\) in (\\d+) ms"));
    phases.put("context", Pattern.compile("Started \\w+ in ([\\d.]+) seconds"));
    phases.put("index", Pattern.compile("Transfer index built in (\\d+) ms"));
    phases.put("index warm-up", Pattern.compile("Answered \\d+ warm-up requests in (\\d+) ms"));
    phases.put("request-path warm-up", Pattern.compile("Ran \\d+ warm-up requests in (\\d+) ms"));
    return phases;
  }

  private static String phasesOf(String log) {
    var found = new ArrayList<String>();
    PHASES.forEach(
        (name, pattern) -> {
          var matcher = pattern.matcher(log);
          if (matcher.find()) {
            found.add(name + " " + matcher.group(1));
          }
        });
    return String.join(", ", found);
  }

  private static void record(Map<String, List<Long>> results, String name, long elapsed) {
    results.computeIfAbsent(name, key -> new ArrayList<>()).add(elapsed);
  }

  private static void ratio(
      Map<String, List<Long>> results, String prefix, String bareName, String applicationName) {
    long bare = median(results.get(bareName));
    long application = median(results.get(applicationName));
    System.out.printf("%s: application / bare DBMS = %.2f%n", prefix, (double) application / bare);
  }

  private static long median(List<Long> values) {
    var sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
