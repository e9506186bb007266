package org.competenceatlas.drill;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hot-learner, abuse and request-cost drills of docs/reliability.md. Each starts the packaged
 * application on a fresh data folder. The first two measure 16 readers of public data alone, then
 * beside a disturbance, and print the readers' figures for both. Arguments: {@code
 * --drill=hot-learner|abuse|request-cost [--seconds=60] [--settle=0] [--http-port=18081]
 * [--bolt-port=17688] [--jar=target/competence-atlas.jar] [--jvm="-Xmx1g"]}; without {@code --jvm}
 * the application is started as the README starts it.
 *
 * <ul>
 *   <li>{@code hot-learner}: 50 writers grant access on one learner as fast as they are answered,
 *       ignoring any retry hint; each answer must be a success or a retryable error within 1 s;
 *       then SIGKILL, restart, and every acknowledged grant must be there. With {@code --settle=S},
 *       the same load on another learner first runs in rounds until the server's JIT compilers have
 *       settled, for at most S seconds, so that both measured phases see a warm server.
 *   <li>{@code abuse}: in turn, 50 wrong-password requests per second; 300 clients that send half a
 *       request body and then nothing, reconnecting when cut off; wrong passwords on the Bolt port.
 *   <li>{@code request-cost}: no disturbance and no verdict: the server's processor time per answer
 *       for the readers, for clients reading their own account, for grants that take turns, and for
 *       the hot-learner drill's writers, one kind at a time.
 * </ul>
 */
public final class LoadDrill {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String PASSWORD = "drill-password-1";
  private static final int READERS = 16;
  private static final String NURSE = "http://data.competence-atlas.org/occupation/nurse";
  private static final String RECEPTIONIST =
      "http://data.competence-atlas.org/occupation/hotel-receptionist";
  private static final List<String> READS =
      List.of(
          "{ searchOccupations(text: \"nurse\", first: 10) { edges { node { id label } } } }",
          "{ occupation(id: \"" + NURSE + "\") { id label outcomes { outcome { id label } } } }",
          "{ transfer(from: {occupationId: \""
              + RECEPTIONIST
              + "\"}, to: {occupationId: \""
              + NURSE
              + "\"}) { score } }",
          "{ searchLearningOutcomes(text: \"inform\", first: 10) { edges { node { id } } } }");

  private final HttpClient http =
      HttpClient.newBuilder()
          .executor(Executors.newFixedThreadPool(8))
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final Path work;
  private final int httpPort;
  private final int boltPort;
  private final Duration phase;
  private final Duration settle;
  private final DrillLaunch launch;

  private LoadDrill(
      Path jar,
      List<String> jvm,
      Path work,
      int httpPort,
      int boltPort,
      Duration phase,
      Duration settle) {
    this.work = work;
    this.httpPort = httpPort;
    this.boltPort = boltPort;
    this.phase = phase;
    this.settle = settle;
    // The 16 readers stand for 16 clients but send from one address, whose request budget (1,000
    // a second) they would spend as one client once the server answers faster than that; the
    // budget is not what any phase tests.
    this.launch =
        new DrillLaunch(
            jar,
            jvm,
            Map.of(
                "ATLAS_REQUESTBUDGET_REQUESTSPERSECOND",
                "100000",
                "ATLAS_REQUESTBUDGET_BURST",
                "200000"),
            httpPort,
            boltPort,
            work.resolve("data"),
            PASSWORD);
  }

  public static void main(String[] args) throws Exception {
    var options = new java.util.HashMap<String, String>();
    for (var arg : args) {
      var parts = arg.replaceFirst("^--", "").split("=", 2);
      options.put(parts[0], parts.length > 1 ? parts[1] : "true");
    }
    var drill =
        new LoadDrill(
            Path.of(options.getOrDefault("jar", "target/competence-atlas.jar")),
            options.containsKey("jvm")
                ? List.of(options.get("jvm").trim().split("\\s+"))
                : List.<String>of(),
            Files.createTempDirectory("atlas-load-drill"),
            Integer.parseInt(options.getOrDefault("http-port", "18081")),
            Integer.parseInt(options.getOrDefault("bolt-port", "17688")),
            Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "60"))),
            Duration.ofSeconds(Long.parseLong(options.getOrDefault("settle", "0"))));
    boolean ok =
        switch (options.getOrDefault("drill", "hot-learner")) {
          case "hot-learner" -> drill.hotLearner();
          case "abuse" -> drill.abuse();
          case "request-cost" -> drill.requestCost();
          default -> throw new IllegalArgumentException("--drill=hot-learner|abuse|request-cost");
        };
    System.out.println(ok ? "DRILL PASSED" : "DRILL FAILED");
    System.out.println("logs: " + drill.work);
    System.exit(ok ? 0 : 1);
  }

  // ---- hot learner ----

  /**
   * One client's answer: {@code signIn} when it was HTTP 503 (a sign-in told to retry), {@code
   * first} when it was the client's first, {@code sentNanos} when it was sent, counted from the
   * clients' start; {@code grantId} is empty for an answer that holds no grant.
   */
  private record WriteResult(
      boolean ok,
      boolean retryable,
      boolean signIn,
      long nanos,
      String grantId,
      boolean first,
      long sentNanos) {}

  private boolean hotLearner() throws Exception {
    var app = start("app");
    try {
      // Warm-up, not measured: the JIT and caches, for ordinary writes too. Otherwise the
      // measured writers are the first grants since the start's warm-up, and the JIT compiles
      // the write path while the readers are measured: the cold start's story, not isolation's
      // (docs/reliability.md, "Current figures"). Four clients that take turns on Sanne's
      // portfolio, never refused, so neither the burst nor the refusals are rehearsed, and
      // Fatima's sign-in is still not remembered when her writers start.
      readPhase(
          stop ->
              clients(
                  stop,
                  new ConcurrentLinkedQueue<>(),
                  4,
                  grant(WARM_UP_WRITER),
                  WARM_UP_WRITER.credentials()));
      var server = DrillLaunch.storeHolder(app);
      settle(server);
      double compilingAlone = compilerSeconds(server);
      long cpuAlone = cpuNanos(server);
      long startedAlone = System.nanoTime();
      var alone = readPhase(null);
      double secondsAlone = (System.nanoTime() - startedAlone) / 1e9;
      double processorsAlone = (cpuNanos(server) - cpuAlone) / 1e9 / secondsAlone;
      compilingAlone = (compilerSeconds(server) - compilingAlone) / secondsAlone;
      var writes = new ConcurrentLinkedQueue<WriteResult>();
      double compilingBeside = compilerSeconds(server);
      long cpuBeside = cpuNanos(server);
      long startedBeside = System.nanoTime();
      var beside = readPhase(stop -> grantWriters(stop, writes, HOT_LEARNER));
      double secondsBeside = (System.nanoTime() - startedBeside) / 1e9;
      double processorsBeside = (cpuNanos(server) - cpuBeside) / 1e9 / secondsBeside;
      compilingBeside = (compilerSeconds(server) - compilingBeside) / secondsBeside;
      var acknowledged = writes.stream().filter(WriteResult::ok).map(WriteResult::grantId).toList();
      long retryable = writes.stream().filter(w -> !w.ok() && w.retryable()).count();
      long signIns = writes.stream().filter(WriteResult::signIn).count();
      long failed = writes.stream().filter(w -> !w.ok() && !w.retryable()).count();
      var lateOnes = writes.stream().filter(w -> w.nanos() > 1_000_000_000L).toList();
      long late = lateOnes.size();
      long lateFirsts = lateOnes.stream().filter(WriteResult::first).count();
      long lateInBurst = lateOnes.stream().filter(w -> w.sentNanos() < 5_000_000_000L).count();
      double lastLateSent =
          lateOnes.stream().mapToLong(WriteResult::sentNanos).max().orElse(0) / 1e9;
      var latencies = writes.stream().mapToLong(WriteResult::nanos).sorted().toArray();
      DrillLaunch.crash(app);
      app = start("app-restarted");
      int lost = lostGrants(acknowledged);
      System.out.printf("readers alone:          %s%n", alone);
      System.out.printf("readers beside writers: %s%n", beside);
      System.out.printf(
          "server: %.2f processors busy with the readers alone, %.2f beside the writers;"
              + " of them the JIT compilers %.2f and %.2f%n",
          processorsAlone, processorsBeside, compilingAlone, compilingBeside);
      System.out.printf(
          "writers: %d answers, %d succeeded, %d retryable refusals (%d of them sign-ins told to"
              + " retry), %d other errors;"
              + " p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d over 1 s"
              + " (%d of them a writer's first answer, %d sent in the writers' first 5 s; the last"
              + " sent %.1f s after the writers started)%n",
          writes.size(),
          acknowledged.size(),
          retryable,
          signIns,
          failed,
          percentile(latencies, 0.50),
          percentile(latencies, 0.99),
          latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6,
          late,
          lateFirsts,
          lateInBurst,
          lastLateSent);
      System.out.printf(
          "after SIGKILL and restart: %d acknowledged grants, %d lost%n",
          acknowledged.size(), lost);
      double ratio = beside.p95() / Math.max(1e-9, alone.p95());
      System.out.printf("readers' p95 beside writers / alone: %.2f%n", ratio);
      return ratio <= 2.0
          && alone.errors() == 0
          && beside.errors() == 0
          && failed == 0
          && late == 0
          && lost == 0
          && !acknowledged.isEmpty();
    } finally {
      app.destroy();
      app.waitFor();
    }
  }

  /** A learner whose own account writes to her portfolio. */
  private record Writer(String learnerId, String credentials) {}

  private static final Writer HOT_LEARNER = new Writer("learner-fatima", "fatima:atlas-demo");
  private static final Writer WARM_UP_WRITER = new Writer("learner-sanne", "sanne:atlas-demo");
  private static final Writer SETTLING_WRITER = new Writer("learner-daan", "daan:atlas-demo");

  /** Below this many processors busy compiling, a round counts as settled. */
  private static final double SETTLED_COMPILERS = 0.10;

  private static final Duration SETTLING_ROUND = Duration.ofSeconds(20);

  /**
   * With {@code --settle}: rounds of the measured load, the readers beside 50 writers who burst and
   * are refused, on Daan's portfolio rather than Fatima's, so that her portfolio and her first
   * sign-in stay as the drill without settling finds them. Ends after the first round in which the
   * compilers used less than {@link #SETTLED_COMPILERS}, or when {@code --settle} has passed; one
   * line a round, so that a verdict on a server still compiling can be told from one on a settled
   * server.
   */
  private void settle(ProcessHandle server) throws Exception {
    if (settle.isZero()) {
      return;
    }
    long deadline = System.nanoTime() + settle.toNanos();
    for (int round = 1; System.nanoTime() < deadline; round++) {
      var writes = new ConcurrentLinkedQueue<WriteResult>();
      double compiling = compilerSeconds(server);
      long cpu = cpuNanos(server);
      long started = System.nanoTime();
      var readers = readPhase(stop -> grantWriters(stop, writes, SETTLING_WRITER), SETTLING_ROUND);
      double seconds = (System.nanoTime() - started) / 1e9;
      compiling = (compilerSeconds(server) - compiling) / seconds;
      System.out.printf(
          "settling round %d: server %.2f processors, of them the JIT compilers %.2f; readers %s;"
              + " writers %d answers, %d succeeded%n",
          round,
          (cpuNanos(server) - cpu) / 1e9 / seconds,
          compiling,
          readers,
          writes.size(),
          writes.stream().filter(WriteResult::ok).count());
      if (Double.isNaN(compiling)) {
        System.out.println("the compilers' share is unknown here (no /proc): measuring now");
        return;
      }
      // A compiler thread that ended took its time with it (ThreadProcessorTime): not settled.
      if (compiling >= 0 && compiling < SETTLED_COMPILERS) {
        System.out.printf("settled after %d rounds%n", round);
        return;
      }
    }
    System.out.printf("not settled within %d s%n", settle.toSeconds());
  }

  private List<Thread> grantWriters(
      AtomicBoolean stop, ConcurrentLinkedQueue<WriteResult> out, Writer writer) {
    return clients(stop, out, 50, grant(writer), writer.credentials());
  }

  private static String grant(Writer writer) {
    return "mutation { grantAccess(learnerId: \""
        + writer.learnerId()
        + "\", grant: {grantee: \"rui\", role: ADVISER}) { id } }";
  }

  /** {@code count} clients that send {@code query} from elsewhere as fast as they are answered. */
  private List<Thread> clients(
      AtomicBoolean stop,
      ConcurrentLinkedQueue<WriteResult> out,
      int count,
      String query,
      String credentials) {
    var threads = new ArrayList<Thread>();
    long begun = System.nanoTime();
    for (int w = 0; w < count; w++) {
      var thread =
          new Thread(
              () -> {
                boolean first = true;
                while (!stop.get()) {
                  long started = System.nanoTime();
                  try {
                    var json = fromElsewhere(query, Map.of(), credentials);
                    long nanos = System.nanoTime() - started;
                    var errors = json.path("errors");
                    boolean ok = errors.isMissingNode() || errors.isEmpty();
                    boolean retryable =
                        !ok && errors.get(0).path("extensions").path("retryable").asBoolean(false);
                    var grantId = ok ? json.at("/data/grantAccess/id").asString("") : null;
                    boolean signIn =
                        !ok && "HTTP 503".equals(errors.get(0).path("message").asString(""));
                    out.add(
                        new WriteResult(
                            ok, retryable, signIn, nanos, grantId, first, started - begun));
                  } catch (IOException | RuntimeException e) {
                    out.add(
                        new WriteResult(
                            false,
                            false,
                            false,
                            System.nanoTime() - started,
                            null,
                            first,
                            started - begun));
                  }
                  first = false;
                }
              });
      thread.start();
      threads.add(thread);
    }
    return threads;
  }

  private int lostGrants(List<String> acknowledged) {
    try (var driver =
            GraphDatabase.driver(
                "bolt://127.0.0.1:" + boltPort, AuthTokens.basic("neo4j", PASSWORD));
        var session = driver.session()) {
      Set<String> present =
          Set.copyOf(
              session
                  .run(
                      "MATCH (:Learner {id: 'learner-fatima'})-[:GRANTED|GRANTED_BEFORE]->"
                          + "(g:AccessGrant {grantee: 'rui'}) RETURN g.id AS id")
                  .list(r -> r.get("id").asString()));
      return (int) acknowledged.stream().filter(g -> !present.contains(g)).count();
    }
  }

  // ---- request cost ----

  /**
   * What one answered request costs the server in processor time, for one kind of client at a time,
   * each for two phases: the first also compiles that kind's code. Prints one line a phase and
   * always passes; the figures are for docs/reliability.md.
   */
  private boolean requestCost() throws Exception {
    var app = start("app");
    try {
      var server = DrillLaunch.storeHolder(app);
      var me = "{ me { name } }";
      for (int round = 1; round <= 2; round++) {
        double compiling = compilerSeconds(server);
        long cpu = cpuNanos(server);
        long started = System.nanoTime();
        var readers = readPhase(null);
        report(
            "16 readers of public data",
            round,
            readers.requests() - readers.errors(),
            0,
            readers.requests() - readers.errors(),
            started,
            cpu,
            compiling,
            server);
        if (readers.errors() > 0) {
          System.out.printf("  %d readers' requests failed%n", readers.errors());
        }
      }
      for (int round = 1; round <= 2; round++) {
        cost("4 clients reading their own account", round, server, 4, me, "sanne:atlas-demo");
      }
      for (int round = 1; round <= 2; round++) {
        cost(
            "4 clients granting on one learner",
            round,
            server,
            4,
            grant(WARM_UP_WRITER),
            WARM_UP_WRITER.credentials());
      }
      for (int round = 1; round <= 2; round++) {
        cost(
            "50 writers on one learner",
            round,
            server,
            50,
            grant(HOT_LEARNER),
            HOT_LEARNER.credentials());
      }
      return true;
    } finally {
      app.destroy();
      app.waitFor();
    }
  }

  /** One phase of {@code count} clients sending {@code query}, signed in with credentials. */
  private void cost(
      String label, int round, ProcessHandle server, int count, String query, String credentials)
      throws Exception {
    var answers = new ConcurrentLinkedQueue<WriteResult>();
    var stop = new AtomicBoolean();
    double compiling = compilerSeconds(server);
    long cpu = cpuNanos(server);
    long started = System.nanoTime();
    var threads = clients(stop, answers, count, query, credentials);
    Thread.sleep(phase.toMillis());
    stop.set(true);
    for (var thread : threads) {
      thread.join(30_000);
      if (thread.isAlive()) {
        throw new IllegalStateException("a client did not stop within 30 s");
      }
    }
    long succeeded = answers.stream().filter(WriteResult::ok).count();
    long refused = answers.stream().filter(a -> !a.ok() && a.retryable()).count();
    long failed = answers.size() - succeeded - refused;
    report(label, round, succeeded + refused, refused, succeeded, started, cpu, compiling, server);
    if (failed > 0) {
      System.out.printf("  %d requests failed without a retryable answer%n", failed);
    }
  }

  /**
   * One line: the answers, and the server's processor time per answer and per successful answer (a
   * grant, for the writers: their refusals' cost is counted in it too).
   */
  private static void report(
      String label,
      int round,
      long answers,
      long refused,
      long succeeded,
      long startedNanos,
      long cpuBefore,
      double compilingBefore,
      ProcessHandle server) {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    double cpuMs = (cpuNanos(server) - cpuBefore) / 1e6;
    double compilingMs = (compilerSeconds(server) - compilingBefore) * 1e3;
    System.out.printf(
        "%-36s phase %d: %d answers in %.1f s (%.1f/s; %d succeeded, %d retryable refusals);"
            + " server %.2f processors (the JIT compilers %.2f), %.2f ms of processor time per"
            + " answer (%.2f without the compilers), %.2f per success%n",
        label,
        round,
        answers,
        seconds,
        answers / seconds,
        succeeded,
        refused,
        cpuMs / 1e3 / seconds,
        compilingMs / 1e3 / seconds,
        cpuMs / Math.max(1, answers),
        (cpuMs - compilingMs) / Math.max(1, answers),
        cpuMs / Math.max(1, succeeded));
  }

  /**
   * The processor time the server's JIT compilers have used so far, in seconds, or NaN without
   * {@code /proc}: under a new kind of load they compile its code for minutes, and that time is the
   * cold start's, not the load's. A compiler thread that ended takes its time with it; on two
   * processors HotSpot runs one of each kind and keeps them, on more it may stop idle extra ones.
   */
  private static double compilerSeconds(ProcessHandle server) {
    var threads = ThreadProcessorTime.of(server);
    if (threads.isEmpty()) {
      return Double.NaN;
    }
    return threads.getOrDefault("C2 compiler", 0.0) + threads.getOrDefault("C1 compiler", 0.0);
  }

  private static long cpuNanos(ProcessHandle process) {
    return process.info().totalCpuDuration().orElseThrow().toNanos();
  }

  // ---- abuse ----

  private boolean abuse() throws Exception {
    var app = start("app");
    try {
      readPhase(null); // warm-up
      var alone = readPhase(null);
      var guessing = readPhase(this::wrongPasswords);
      var slowBodies = readPhase(this::slowBodies);
      var bolt = readPhase(this::wrongBoltPasswords);
      System.out.printf("readers alone:                       %s%n", alone);
      boolean ok = alone.errors() == 0;
      for (var entry :
          List.of(
              Map.entry("beside 50 wrong passwords/s:       ", guessing),
              Map.entry("beside 300 slow-body clients:      ", slowBodies),
              Map.entry("beside wrong Bolt passwords:       ", bolt))) {
        var share = entry.getValue().perSecond() / alone.perSecond();
        System.out.printf(
            "readers %s%s (%.0f %% of alone)%n", entry.getKey(), entry.getValue(), 100 * share);
        ok &= share >= 0.70 && entry.getValue().errors() == 0;
      }
      return ok;
    } finally {
      app.destroy();
      app.waitFor();
    }
  }

  private List<Thread> wrongPasswords(AtomicBoolean stop) {
    var thread =
        new Thread(
            () -> {
              var pool = Executors.newFixedThreadPool(16);
              long period = 1_000_000_000L / 50;
              long next = System.nanoTime();
              for (int i = 0; !stop.get(); i++) {
                var name = i % 2 == 0 ? "ella" : "guess-" + (i % 500);
                var password = "wrong-" + i;
                pool.submit(
                    () -> {
                      try {
                        fromElsewhere("{ me { name } }", Map.of(), name + ":" + password);
                      } catch (Exception e) {
                        // refused, as it should be
                      }
                    });
                next += period;
                sleepUntil(next);
              }
              pool.shutdownNow();
            });
    thread.start();
    return List.of(thread);
  }

  private List<Thread> slowBodies(AtomicBoolean stop) {
    var threads = new ArrayList<Thread>();
    for (int c = 0; c < 300; c++) {
      var thread =
          new Thread(
              () -> {
                while (!stop.get()) {
                  try (var socket = new Socket("127.0.0.1", httpPort)) {
                    socket.setSoTimeout(1_000);
                    OutputStream out = socket.getOutputStream();
                    out.write(
                        ("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                + "Content-Type: application/json\r\nContent-Length: 500\r\n\r\n"
                                + "{\"query\": \"{ searchOcc")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    // Then nothing: wait until the server gives up on us, and come back.
                    while (!stop.get()) {
                      try {
                        if (socket.getInputStream().read() < 0) {
                          break;
                        }
                      } catch (java.net.SocketTimeoutException stillWaiting) {
                        // keep the body open
                      }
                    }
                  } catch (IOException e) {
                    sleepUntil(System.nanoTime() + 50_000_000L);
                  }
                }
              });
      thread.setDaemon(true);
      thread.start();
      threads.add(thread);
    }
    return threads;
  }

  private List<Thread> wrongBoltPasswords(AtomicBoolean stop) {
    var thread =
        new Thread(
            () -> {
              for (int i = 0; !stop.get(); i++) {
                try (var driver =
                    GraphDatabase.driver(
                        "bolt://127.0.0.1:" + boltPort, AuthTokens.basic("neo4j", "guess-" + i))) {
                  driver.verifyConnectivity();
                } catch (RuntimeException refused) {
                  // as it should be
                }
                sleepUntil(System.nanoTime() + 20_000_000L);
              }
            });
    thread.start();
    return List.of(thread);
  }

  // ---- readers ----

  private record Readers(long requests, long errors, double perSecond, double p50, double p95) {
    @Override
    public String toString() {
      return String.format(
          "%d requests, %.1f/s, p50 %.1f ms, p95 %.1f ms, errors %d",
          requests, perSecond, p50, p95, errors);
    }
  }

  @FunctionalInterface
  private interface Disturbance {
    List<Thread> start(AtomicBoolean stop) throws Exception;
  }

  /** 16 readers of public data for one phase, beside {@code disturbance} when there is one. */
  private Readers readPhase(Disturbance disturbance) throws Exception {
    return readPhase(disturbance, phase);
  }

  private Readers readPhase(Disturbance disturbance, Duration length) throws Exception {
    System.out.printf("phase begins at %s%n", LocalTime.now().withNano(0));
    var stop = new AtomicBoolean();
    var disturbing = disturbance == null ? List.<Thread>of() : disturbance.start(stop);
    var latencies = new ConcurrentLinkedQueue<Long>();
    var errors = new AtomicInteger();
    var readers = Executors.newFixedThreadPool(READERS);
    long started = System.nanoTime();
    long end = started + length.toNanos();
    for (int r = 0; r < READERS; r++) {
      int reader = r;
      readers.submit(
          () -> {
            for (int i = reader; System.nanoTime() < end; i++) {
              long t = System.nanoTime();
              try {
                var json = graphQl(READS.get(i % READS.size()), Map.of(), null);
                if (json.has("errors")) {
                  errors.incrementAndGet();
                }
              } catch (Exception e) {
                errors.incrementAndGet();
              }
              latencies.add(System.nanoTime() - t);
            }
            return null;
          });
    }
    readers.shutdown();
    readers.awaitTermination(length.toSeconds() + 120, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - started) / 1e9;
    stop.set(true);
    for (var thread : disturbing) {
      thread.join(30_000);
    }
    var sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Readers(
        sorted.length,
        errors.get(),
        sorted.length / seconds,
        percentile(sorted, 0.50),
        percentile(sorted, 0.95));
  }

  // ---- plumbing ----

  private tools.jackson.databind.JsonNode graphQl(
      String query, Map<String, Object> variables, String credentials)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/graphql"))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(Map.of("query", query, "variables", variables))));
    if (credentials != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      var failure = JSON.createObjectNode();
      failure.putArray("errors").addObject().put("message", "HTTP " + response.statusCode());
      return failure;
    }
    return JSON.readTree(response.body());
  }

  /**
   * A request from another client: a plain HTTP/1.1 exchange from the loopback address 127.0.0.2,
   * so the server tells it apart from the readers on 127.0.0.1, as it would a separate machine.
   */
  private tools.jackson.databind.JsonNode fromElsewhere(
      String query, Map<String, Object> variables, String credentials) throws IOException {
    var body = JSON.writeValueAsBytes(Map.of("query", query, "variables", variables));
    try (var socket = new Socket()) {
      socket.bind(new java.net.InetSocketAddress("127.0.0.2", 0));
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", httpPort), 5_000);
      socket.setSoTimeout(30_000);
      var head =
          "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              + "Connection: close\r\nAuthorization: Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))
              + "\r\nContent-Length: "
              + body.length
              + "\r\n\r\n";
      var out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      var response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      var status = response.substring(9, Math.min(12, response.length()));
      int split = response.indexOf("\r\n\r\n");
      var text = split < 0 ? "" : response.substring(split + 4);
      if (response.contains("Transfer-Encoding: chunked")) {
        text = unchunked(text);
      }
      if (!status.equals("200")) {
        var failure = JSON.createObjectNode();
        var error = failure.putArray("errors").addObject();
        error.put("message", "HTTP " + status);
        // 429, and 503 with Retry-After (a sign-in whose check is still running), ask for a retry.
        error
            .putObject("extensions")
            .put(
                "retryable",
                status.equals("429")
                    || status.equals("503") && response.contains("\r\nRetry-After: "));
        return failure;
      }
      return JSON.readTree(text);
    }
  }

  private static String unchunked(String chunked) {
    var out = new StringBuilder();
    int at = 0;
    while (at < chunked.length()) {
      int line = chunked.indexOf("\r\n", at);
      if (line < 0) {
        break;
      }
      int size = Integer.parseInt(chunked.substring(at, line).trim(), 16);
      if (size == 0) {
        break;
      }
      out.append(chunked, line + 2, line + 2 + size);
      at = line + 2 + size + 2;
    }
    return out.toString();
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static void sleepUntil(long nanoTime) {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private Process start(String name) throws Exception {
    return launch.untilReady(name, work.resolve(name + ".log"), Duration.ofMinutes(5));
  }
}
