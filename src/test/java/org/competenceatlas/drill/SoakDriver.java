package org.competenceatlas.drill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * The soak of docs/reliability.md: a constant arrival rate of mixed GraphQL reads and writes
 * against a running application, with latency measured from each request's scheduled start (so a
 * stalled server shows as latency, not as a lower rate), errors counted, and the server's resident
 * and heap memory and processor time sampled every 10 s. Each minute's line gives the server's
 * processor time in that minute and per answer, so a cold instance's extra work (the JIT compiling
 * the request path) is seen beside its latency. Arguments: {@code --url=http://127.0.0.1:8080
 * --rate=200 --minutes=10 --pid=<server pid>}, and {@code --ramp-seconds=S} to raise the rate
 * evenly from 0 over S seconds first, from the same process, reported apart and not counted.
 */
public final class SoakDriver {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String NURSE = "http://data.competence-atlas.org/occupation/nurse";
  private static final String RECEPTIONIST_ID =
      "http://data.competence-atlas.org/occupation/hotel-receptionist";

  private record Call(String name, String user, String query, Map<String, Object> variables) {}

  private record Result(
      String name, long startNanos, long latencyNanos, boolean ok, String error) {}

  /** The server's processor time used since it started, read at {@code elapsedNanos} of the run. */
  private record CpuSample(long elapsedNanos, long cpuNanos) {}

  private static final Call SEARCH_OCCUPATIONS =
      new Call(
          "search",
          null,
          "query($t: String!) { searchOccupations(text: $t, first: 10) { edges { node { id label } } } }",
          Map.of("t", "nurse"));
  private static final Call SEARCH_OUTCOMES =
      new Call(
          "search",
          null,
          "query($t: String!) { searchLearningOutcomes(text: $t, first: 10) { edges { node { id label } } } }",
          Map.of("t", "inform"));
  private static final Call NURSE_OUTCOMES =
      new Call(
          "occupation",
          null,
          "query($id: ID!) { occupation(id: $id) { id label outcomes { importance outcome { id label } } } }",
          Map.of("id", NURSE));
  private static final Call RECEPTIONIST =
      new Call(
          "occupation",
          null,
          "query($id: ID!) { occupation(id: $id) { id label description } }",
          Map.of("id", RECEPTIONIST_ID));
  private static final Call TRANSFER =
      new Call(
          "transfer",
          null,
          "query($f: TransferSourceInput!, $t: TransferTargetInput!) { transfer(from: $f, to: $t) { score matches { strength } } }",
          Map.of("f", Map.of("occupationId", RECEPTIONIST_ID), "t", Map.of("occupationId", NURSE)));
  private static final Call TRANSITIONS =
      new Call(
          "transitions",
          null,
          "query($f: TransferSourceInput!) { transitions(from: $f, first: 10) { edges { node { score to { id label } } } } }",
          Map.of("f", Map.of("occupationId", RECEPTIONIST_ID)));
  private static final Call ADVISER_READS_SANNE =
      new Call(
          "learner-read",
          "ella",
          "query($id: ID!) { learner(id: $id) { displayName claims { status outcome { label } } } }",
          Map.of("id", "learner-sanne"));
  private static final Call SANNE_TRANSFER =
      new Call(
          "learner-transfer",
          "sanne",
          "query($f: TransferSourceInput!, $t: TransferTargetInput!) { transfer(from: $f, to: $t) { score } }",
          Map.of("f", Map.of("learnerId", "learner-sanne"), "t", Map.of("occupationId", NURSE)));
  private static final Call FATIMA_READS_HER_ACCESS_LOG =
      new Call(
          "access-log",
          "fatima",
          "query { accessLog(learnerId: \"learner-fatima\", first: 20) { edges { node { action } } } }",
          Map.of());

  /** The hot learner: 5 % of the requests, so 10 grants a second to her at 200 requests/s. */
  private static final Call FATIMA_GRANTS = grant("write-grant", "fatima");

  /** The other 5 % of grants, each learner's to their own portfolio, in turn. */
  private static final List<Call> OTHER_GRANTS =
      List.of(
          grant("write-grant-other", "jesse"),
          grant("write-grant-other", "daan"),
          grant("write-grant-other", "mateusz"));

  /**
   * One entry per twentieth of the requests; {@code null} is the turn of {@link #OTHER_GRANTS}.
   * Writes are 20 %: 10 % grants and the access-log lines of ella's 10 % reads of Sanne.
   */
  private static final List<Call> MIX =
      Arrays.asList(
          SEARCH_OCCUPATIONS,
          NURSE_OUTCOMES,
          TRANSFER,
          ADVISER_READS_SANNE,
          FATIMA_GRANTS,
          SEARCH_OUTCOMES,
          RECEPTIONIST,
          TRANSITIONS,
          SANNE_TRANSFER,
          FATIMA_READS_HER_ACCESS_LOG,
          SEARCH_OCCUPATIONS,
          NURSE_OUTCOMES,
          TRANSFER,
          ADVISER_READS_SANNE,
          null,
          SEARCH_OUTCOMES,
          RECEPTIONIST,
          TRANSITIONS,
          SANNE_TRANSFER,
          FATIMA_READS_HER_ACCESS_LOG);

  private static Call grant(String name, String learner) {
    return new Call(
        name,
        learner,
        "mutation($l: ID!, $g: AccessGrantInput!) { grantAccess(learnerId: $l, grant: $g) { id } }",
        Map.of("l", "learner-" + learner, "g", Map.of("grantee", "ella", "role", "ADVISER")));
  }

  private interface Sender {
    void send(Call call, long scheduled, long origin, ConcurrentLinkedQueue<Result> sink);
  }

  /** The call of the {@code n}th request. */
  private static Call call(long n) {
    var call = MIX.get((int) (n % MIX.size()));
    return call != null ? call : OTHER_GRANTS.get((int) (n / MIX.size() % OTHER_GRANTS.size()));
  }

  public static void main(String[] args) throws Exception {
    var options = new java.util.HashMap<String, String>();
    for (var arg : args) {
      var parts = arg.replaceFirst("^--", "").split("=", 2);
      options.put(parts[0], parts.length > 1 ? parts[1] : "true");
    }
    var url = URI.create(options.getOrDefault("url", "http://127.0.0.1:8080") + "/graphql");
    var base = options.getOrDefault("url", "http://127.0.0.1:8080");
    int rate = Integer.parseInt(options.getOrDefault("rate", "200"));
    double minutes = Double.parseDouble(options.getOrDefault("minutes", "10"));
    var pid = options.get("pid");
    int rampSeconds = Integer.parseInt(options.getOrDefault("ramp-seconds", "0"));
    var client =
        HttpClient.newBuilder()
            .executor(Executors.newFixedThreadPool(4))
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    var bodies = new HashMap<Call, byte[]>();
    for (var call : calls()) {
      bodies.put(
          call,
          JSON.writeValueAsBytes(Map.of("query", call.query(), "variables", call.variables())));
    }

    var results = new ConcurrentLinkedQueue<Result>();
    var inFlight = new AtomicInteger();
    var maxInFlight = new AtomicInteger();
    Sender send =
        (call, scheduled, origin, sink) -> {
          var request =
              HttpRequest.newBuilder(url)
                  .header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(30))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(call)));
          if (call.user() != null) {
            request.header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (call.user() + ":atlas-demo").getBytes(StandardCharsets.UTF_8)));
          }
          maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          client
              .sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
              .whenComplete(
                  (response, failure) -> {
                    inFlight.decrementAndGet();
                    long latency = System.nanoTime() - scheduled;
                    String error = null;
                    if (failure != null) {
                      error = failure.getClass().getSimpleName();
                    } else if (response.statusCode() != 200) {
                      error = "HTTP " + response.statusCode();
                    } else if (response.body().contains("\"errors\"")) {
                      error = response.body().substring(0, Math.min(200, response.body().length()));
                    }
                    sink.add(
                        new Result(call.name(), scheduled - origin, latency, error == null, error));
                  });
        };

    if (rampSeconds > 0) {
      // The rate grows evenly from 0, so request n is due at sqrt(2 * ramp * n / rate) seconds.
      var ramp = new ConcurrentLinkedQueue<Result>();
      long rampStart = System.nanoTime();
      long rampTotal = (long) rate * rampSeconds / 2;
      for (long n = 0; n < rampTotal; n++) {
        long scheduled = rampStart + (long) (Math.sqrt(2.0 * rampSeconds * n / rate) * 1e9);
        LockSupport.parkNanos(scheduled - System.nanoTime());
        send.send(call(n), scheduled, rampStart, ramp);
      }
      Thread.sleep(2_000);
      report("ramp to " + rate + "/s in " + rampSeconds + " s (not counted)", List.copyOf(ramp));
      maxInFlight.set(inFlight.get());
    }

    var sent = new AtomicLong();
    var scheduler = Executors.newSingleThreadScheduledExecutor();
    long periodNanos = 1_000_000_000L / rate;
    long total = (long) (minutes * 60 * rate);
    long start = System.nanoTime();
    scheduler.scheduleAtFixedRate(
        () -> {
          long n = sent.getAndIncrement();
          if (n < total) {
            send.send(call(n), start + n * periodNanos, start, results);
          }
        },
        0,
        periodNanos,
        TimeUnit.NANOSECONDS);

    var memory = new ArrayList<String>();
    var cpu = new ArrayList<CpuSample>();
    serverCpu(pid).ifPresent(nanos -> cpu.add(new CpuSample(0, nanos)));
    long windowNanos = Duration.ofSeconds(60).toNanos();
    int reported = 0;
    while (results.size() < total
        && System.nanoTime() - start < (long) ((minutes * 60 + 60) * 1e9)) {
      Thread.sleep(10_000);
      long elapsed = System.nanoTime() - start;
      serverCpu(pid).ifPresent(nanos -> cpu.add(new CpuSample(elapsed, nanos)));
      memory.add(sample(client, base, pid, elapsed));
      var done = List.copyOf(results);
      while ((reported + 1) * windowNanos
          <= System.nanoTime() - start - Duration.ofSeconds(35).toNanos()) {
        int window = reported;
        report(
            "minute " + (window + 1),
            done.stream().filter(r -> r.startNanos() / windowNanos == window).toList(),
            cpuPerAnswer(cpu, window, windowNanos, done));
        reported++;
      }
    }
    scheduler.shutdownNow();
    var all = List.copyOf(results);
    // The last minute's answers are all in only when the loop above has ended.
    for (int window = reported; window * windowNanos < total * periodNanos; window++) {
      int minute = window;
      report(
          "minute " + (minute + 1),
          all.stream().filter(r -> r.startNanos() / windowNanos == minute).toList(),
          cpuPerAnswer(cpu, minute, windowNanos, all));
    }
    System.out.println();
    report("whole run", all);
    for (var call : calls().stream().map(Call::name).distinct().toList()) {
      report("  " + call, all.stream().filter(r -> r.name().equals(call)).toList());
    }
    System.out.println("most requests in flight at once: " + maxInFlight.get());
    all.stream()
        .filter(r -> !r.ok())
        .map(Result::error)
        .distinct()
        .limit(10)
        .forEach(e -> System.out.println("error: " + e));
    System.out.println("memory samples (seconds, server RSS MB, heap used MB):");
    memory.forEach(System.out::println);
    System.exit(0);
  }

  private static List<Call> calls() {
    var calls = new ArrayList<Call>();
    MIX.stream().filter(Objects::nonNull).distinct().forEach(calls::add);
    calls.addAll(OTHER_GRANTS);
    return calls;
  }

  private static void report(String name, List<Result> results) {
    report(name, results, "");
  }

  private static void report(String name, List<Result> results, String more) {
    if (results.isEmpty()) {
      return;
    }
    var latencies = results.stream().mapToLong(Result::latencyNanos).sorted().toArray();
    long errors = results.stream().filter(r -> !r.ok()).count();
    long first = results.stream().mapToLong(Result::startNanos).min().orElse(0);
    long last = results.stream().mapToLong(Result::startNanos).max().orElse(1);
    double seconds = Math.max(1e-9, (last - first) / 1e9);
    System.out.printf(
        "%-22s %7d requests %7.1f/s  p50 %6.1f ms  p95 %6.1f ms  p99 %7.1f ms  max %7.1f ms  errors %d%s%n",
        name,
        results.size(),
        results.size() / seconds,
        percentile(latencies, 0.50),
        percentile(latencies, 0.95),
        percentile(latencies, 0.99),
        latencies[latencies.length - 1] / 1e6,
        errors,
        more);
  }

  /**
   * The server's processor time between the first and last samples taken in minute {@code window}
   * of the run: the cores it used, and the milliseconds per answer the driver received in that
   * span. Counted per answer, not per request sent, so that a server that falls behind shows what
   * each answer cost it; the span is by sampling time, while the latencies on the same line belong
   * to the requests sent in that minute. Empty without two samples in the minute.
   */
  private static String cpuPerAnswer(
      List<CpuSample> samples, int window, long windowNanos, List<Result> results) {
    var inside =
        samples.stream()
            .filter(s -> s.elapsedNanos() >= window * windowNanos)
            .filter(s -> s.elapsedNanos() <= (window + 1) * windowNanos)
            .toList();
    if (inside.size() < 2) {
      return "";
    }
    var first = inside.get(0);
    var last = inside.get(inside.size() - 1);
    long answers =
        results.stream()
            .mapToLong(r -> r.startNanos() + r.latencyNanos())
            .filter(done -> done >= first.elapsedNanos() && done < last.elapsedNanos())
            .count();
    long cpuNanos = last.cpuNanos() - first.cpuNanos();
    double cores = (double) cpuNanos / (last.elapsedNanos() - first.elapsedNanos());
    return String.format(
        "  server CPU %.2f cores in %.0f-%.0f s, %s ms/answer",
        cores,
        first.elapsedNanos() / 1e9,
        last.elapsedNanos() / 1e9,
        answers == 0 ? "-" : String.format("%.1f", cpuNanos / 1e6 / answers));
  }

  private static Optional<Long> serverCpu(String pid) {
    if (pid == null || !pid.matches("\\d+")) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(pid))
        .flatMap(process -> process.info().totalCpuDuration())
        .map(Duration::toNanos);
  }

  private static double percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static final Pattern HEAP =
      Pattern.compile("jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.E]+)");

  private static String sample(HttpClient client, String base, String pid, long elapsed) {
    double rss = -1;
    if (pid != null) {
      try {
        for (var line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
          if (line.startsWith("VmRSS:")) {
            rss = Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
          }
        }
      } catch (IOException e) {
        rss = -1;
      }
    }
    double heap = 0;
    try {
      var scrape =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                      // A stalled server must not stop the samples: without a heap figure the
                      // processor time and resident memory still count.
                      .timeout(Duration.ofSeconds(5))
                      .header(
                          "Authorization",
                          "Basic "
                              + Base64.getEncoder()
                                  .encodeToString(
                                      "admin:atlas-demo".getBytes(StandardCharsets.UTF_8)))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      var matcher = HEAP.matcher(scrape);
      while (matcher.find()) {
        heap += Double.parseDouble(matcher.group(1));
      }
    } catch (IOException | InterruptedException e) {
      heap = -1;
    }
    return String.format("%5.0f %8.0f %8.0f", elapsed / 1e9, rss, heap / 1048576.0);
  }
}
