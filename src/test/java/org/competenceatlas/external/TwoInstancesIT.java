package org.competenceatlas.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.competenceatlas.DemoUsers;
import org.competenceatlas.SeedWorldIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two application processes, A and B, on one Neo4j in a third process: an application tier of
 * identical instances, as docs/scaling.md describes it. What one instance writes, the other reads
 * at once; a taxonomy release imported beside them reaches B's transfer index within the stamp
 * check interval, and B never answers from a mix of two releases.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

  static final int PAIRS = 1_000;
  static final Duration STAMP_CHECK = Duration.ofSeconds(5);
  static final String MINI = "http://example.org/esco-mini/";
  static final String RECEPTIONIST = MINI + "occupation/receptionist";

  // Under target/ rather than a temporary folder, so the four processes' logs outlive a failure.
  static final Path work = Path.of("target/two-instances-it");
  static Neo4jServerProcess neo4j;
  static AppProcess a;
  static AppProcess b;

  @BeforeAll
  static void startNeo4jAndTwoInstancesTogether() throws Exception {
    org.springframework.util.FileSystemUtils.deleteRecursively(work);
    neo4j = Neo4jServerProcess.start(work.resolve("neo4j"));
    // Both at once on the empty database: migrations and the seed world must not trip each other.
    var startA = CompletableFuture.supplyAsync(() -> start("a"));
    var startB = CompletableFuture.supplyAsync(() -> start("b"));
    a = startA.join();
    b = startB.join();
  }

  static AppProcess start(String name) {
    try {
      return AppProcess.start(
          work.resolve(name + ".log"),
          List.of(),
          List.of("-Xmx512m"),
          AppProcess.externalNeo4j(neo4j.boltUri()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void stopAll() throws Exception {
    for (var closeable : new AutoCloseable[] {a, b, neo4j}) {
      if (closeable != null) {
        closeable.close();
      }
    }
  }

  @Test
  @Order(1)
  void bothInstancesStartedOnTheEmptyDatabaseAndTheSeedWorldIsThereOnce() {
    var datasets = "{ occupation(id: \"" + SeedWorldIds.NURSE + "\") { label } }";
    assertThat(a.http().graphQl(datasets, Map.of()).at("/data/occupation/label").asString())
        .isEqualTo("nurse");
    assertThat(b.http().graphQl(datasets, Map.of()).at("/data/occupation/label").asString())
        .isEqualTo("nurse");
  }

  @Test
  @Order(2)
  void aLearnerChangeThroughAIsReadBackAtOnceThroughB() {
    var update =
        "mutation($id: ID!, $name: String!) { updateLearner(learnerId: $id,"
            + " input: {displayName: $name}) { displayName } }";
    var read = "query($id: ID!) { learner(id: $id) { displayName } }";
    int staleWithBookmark = 0;
    int staleWithout = 0;
    int withoutBookmarkHeader = 0;
    long started = System.nanoTime();
    for (int i = 0; i < PAIRS; i++) {
      var name = "Sanne " + i;
      var written =
          a.http()
              .exchange(
                  DemoUsers.SANNE, update, Map.of("id", SeedWorldIds.SANNE, "name", name), null);
      assertThat(written.body().at("/data/updateLearner/displayName").asString())
          .as(written.body().toString())
          .isEqualTo(name);
      if (written.bookmark() == null) {
        withoutBookmarkHeader++;
      }
      // Half the pairs pass A's bookmark on, as a client does; half rely on the single server.
      var bookmark = i % 2 == 0 ? written.bookmark() : null;
      var answer =
          b.http().exchange(DemoUsers.SANNE, read, Map.of("id", SeedWorldIds.SANNE), bookmark);
      assertThat(answer.status()).isEqualTo(200);
      if (!name.equals(answer.body().at("/data/learner/displayName").asString())) {
        if (bookmark != null) {
          staleWithBookmark++;
        } else {
          staleWithout++;
        }
      }
    }
    System.out.printf(
        "%d write-then-read pairs through A then B in %d ms%n",
        PAIRS, (System.nanoTime() - started) / 1_000_000);

    assertThat(withoutBookmarkHeader).as("mutation answers without a bookmark").isZero();
    assertThat(staleWithBookmark).as("stale reads with A's bookmark").isZero();
    assertThat(staleWithout).as("stale reads without a bookmark").isZero();
  }

  @Test
  @Order(3)
  void aMalformedBookmarkIsRefusedWithAMessage() {
    var answer =
        b.http().exchange(null, "{ schemaVersion }", Map.of(), "not a bookmark; DROP everything");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().asString()).contains("Atlas-Bookmark");
  }

  @Test
  @Order(4)
  void anImportReachesBsTransferIndexWithinTheIntervalAndNeverAsAMixOfTwoReleases()
      throws Exception {
    importRelease("esco-mini", "1.0.0");
    awaitRelease(b, Release.V1);

    var polling = new AtomicBoolean(true);
    var seen = new ArrayList<Sample>();
    var poller =
        CompletableFuture.runAsync(
            () -> {
              while (polling.get()) {
                long sent = System.nanoTime();
                seen.add(new Sample(sent, release(b)));
              }
            });
    importRelease("esco-mini-v2", "2.0.0");
    long imported = System.nanoTime();
    awaitRelease(b, Release.V2);
    // Keep asking a little past the interval, to see that B does not fall back.
    long pastInterval = imported + STAMP_CHECK.toNanos() + 1_000_000_000L - System.nanoTime();
    if (pastInterval > 0) {
      Thread.sleep(pastInterval / 1_000_000);
    }
    polling.set(false);
    poller.join();

    assertThat(seen).isNotEmpty();
    assertThat(seen).extracting(Sample::release).doesNotContain(Release.MIXED);
    var afterInterval =
        seen.stream().filter(s -> s.sent() - imported > STAMP_CHECK.toNanos()).toList();
    assertThat(afterInterval).isNotEmpty().allMatch(s -> s.release() == Release.V2);
    var firstV2 =
        seen.stream().filter(s -> s.release() == Release.V2).mapToLong(Sample::sent).min();
    System.out.printf(
        "B answered from the new release %d ms after the import ended (%d answers while it ran)%n",
        (firstV2.orElseThrow() - imported) / 1_000_000, seen.size());
    var v1AfterV2 =
        seen.stream()
            .filter(s -> s.release() == Release.V1 && s.sent() > firstV2.getAsLong())
            .count();
    assertThat(v1AfterV2).as("answers from the old release after one from the new").isZero();
  }

  enum Release {
    NONE,
    V1,
    V2,
    MIXED
  }

  record Sample(long sent, Release release) {}

  /**
   * Which release B's answer comes from. Release 2 drops "handle guest luggage" from the
   * receptionist and renames "communicate with customers"; an answer with one change and not the
   * other would come from two releases at once.
   */
  static Release release(AppProcess instance) {
    var answer =
        instance
            .http()
            .graphQl(
                "query($id: ID!) { occupation(id: $id) { outcomes { outcome { label } } } }",
                Map.of("id", RECEPTIONIST));
    var labels = answer.at("/data/occupation/outcomes").findValuesAsString("label");
    if (labels.isEmpty()) {
      return Release.NONE;
    }
    boolean luggage = labels.contains("handle guest luggage");
    boolean oldName = labels.contains("communicate with customers");
    boolean newName = labels.contains("communicate with guests and customers");
    if (luggage && oldName && !newName) {
      return Release.V1;
    }
    if (!luggage && newName && !oldName) {
      return Release.V2;
    }
    return Release.MIXED;
  }

  static void awaitRelease(AppProcess instance, Release expected) throws InterruptedException {
    var deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    Release seen;
    do {
      seen = release(instance);
      if (seen == expected) {
        return;
      }
      Thread.sleep(100);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("B still answers " + seen + ", not " + expected);
  }

  static void importRelease(String folder, String version) throws Exception {
    var log = work.resolve("import-" + version + ".log");
    var arguments = new ArrayList<String>();
    arguments.add("import-esco");
    arguments.add("--dir=" + Path.of("src/test/resources", folder).toAbsolutePath());
    arguments.add("--version=" + version);
    arguments.addAll(AppProcess.externalNeo4j(neo4j.boltUri()));
    assertThat(AppProcess.run(log, arguments)).as(java.nio.file.Files.readString(log)).isZero();
  }
}
