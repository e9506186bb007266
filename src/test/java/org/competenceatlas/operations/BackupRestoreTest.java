package org.competenceatlas.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.infrastructure.CypherQueries;
import org.competenceatlas.infrastructure.EmbeddedNeo4j;
import org.competenceatlas.infrastructure.EmbeddedNeo4jProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;

/**
 * Backs up the application's graph (the seed world) and restores it into a second, empty embedded
 * DBMS, as an operator would on a new machine.
 */
@AtlasTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTest {

  /**
   * The node the transaction-log purge makes and removes in two transactions: a purge scheduled by
   * an erasure in an earlier test may run meanwhile, and a backup leaves the node out.
   */
  private static final String PURGE_MARKER = "TransactionLogPurge";

  @Autowired Driver source;
  @Autowired CypherQueries queries;
  @TempDir Path files;

  private Path spareFolder;
  private EmbeddedNeo4j spare;
  private Driver target;

  @BeforeAll
  void startAnEmptyDbms() {
    spareFolder = Path.of("target/test-neo4j/restore-" + UUID.randomUUID());
    spare =
        new EmbeddedNeo4j(
            new EmbeddedNeo4jProperties(
                true,
                spareFolder,
                "127.0.0.1",
                0,
                "neo4j",
                "restore-test-password",
                DataSize.ofMegabytes(32),
                Duration.ZERO,
                Duration.ofSeconds(5),
                DataSize.ofMegabytes(256)));
    target =
        GraphDatabase.driver(spare.boltUri(), AuthTokens.basic(spare.username(), spare.password()));
  }

  @AfterAll
  void stopIt() throws IOException {
    target.close();
    spare.destroy();
    // Neo4j preallocates its transaction logs; half a gigabyte per run is not worth keeping.
    FileSystemUtils.deleteRecursively(spareFolder);
  }

  @BeforeEach
  void emptyTheTarget() {
    run(target, "MATCH (n) DETACH DELETE n");
    column(target, "SHOW CONSTRAINTS YIELD name RETURN name")
        .forEach(name -> run(target, "DROP CONSTRAINT `" + name + "`"));
    column(
            target,
            "SHOW INDEXES YIELD name, type, owningConstraint"
                + " WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN name")
        .forEach(name -> run(target, "DROP INDEX `" + name + "`"));
  }

  @Test
  void aRestoredBackupHoldsEveryNodeAndRelationshipWithTheirLabelsAndProperties() {
    var file = files.resolve("atlas.backup.jsonl.gz");

    var quiet = backupWhileNothingWrites(file);
    var written = quiet.written();
    var restored = new GraphRestore(target, queries).readFrom(file);

    assertThat(written.nodes()).isEqualTo(quiet.nodes().values().stream().mapToLong(l -> l).sum());
    assertThat(written.relationships())
        .isEqualTo(quiet.relationships().values().stream().mapToLong(l -> l).sum());
    assertThat(written.skippedRelationships()).isZero();
    assertThat(restored.nodes()).isEqualTo(written.nodes()).isGreaterThan(500);
    assertThat(restored.relationships()).isEqualTo(written.relationships()).isGreaterThan(1300);
    assertThat(nodes(target)).isEqualTo(quiet.nodes());
    assertThat(relationships(target)).isEqualTo(quiet.relationships());
    assertThat(schema(target)).isEqualTo(schema(source)).hasSizeGreaterThan(15);
    assertThat(count(target, "MATCH (n:_AtlasRestore) RETURN count(n)")).isZero();
    assertThat(count(target, "MATCH (n) WHERE n._atlasRestoreKey IS NOT NULL RETURN count(n)"))
        .isZero();
  }

  @Test
  void aBackupLeavesOutThePurgeMarkerAndARestoreIsNotRefusedForIt() {
    run(target, "CREATE (:Sample {text: 'kept'}), (:" + PURGE_MARKER + ")");
    var file = files.resolve("marker.jsonl.gz");

    var written = new GraphBackup(target, queries).writeTo(file);
    run(target, "MATCH (n:Sample) DETACH DELETE n");
    var restored = new GraphRestore(target, queries).readFrom(file);

    assertThat(written.nodes()).isEqualTo(1);
    assertThat(restored.nodes()).isEqualTo(1);
    assertThat(count(target, "MATCH (n:Sample {text: 'kept'}) RETURN count(n)")).isEqualTo(1);
  }

  @Test
  void everyPropertyTypeIsRestoredAsItWas() {
    run(
        target,
        "CREATE (:Sample {text: 'x', flag: true, whole: 7, real: 2.0, day: date('2024-05-01'),"
            + " instant: datetime('2024-04-02T09:15:00Z'),"
            + " zoned: datetime('2024-04-02T09:15:00.123456789[Europe/Amsterdam]'),"
            + " local: localdatetime('2024-04-02T09:15'), clock: time('09:15+02:00'),"
            + " wall: localtime('23:59:59'), span: duration('P1Y2M3DT4H5M6.5S'),"
            + " place: point({latitude: 52.09, longitude: 5.12}),"
            + " words: ['a', 'b'], numbers: [1, 2], empty: []})"
            + "-[:LINKS {since: date('2020-01-01'), weights: [0.5, 1.5]}]->(:Sample:Other)");
    var before = nodes(target);
    var beforeRelationships = relationships(target);
    var file = files.resolve("types.jsonl.gz");
    new GraphBackup(target, queries).writeTo(file);
    emptyTheTarget();

    new GraphRestore(target, queries).readFrom(file);

    assertThat(nodes(target)).isEqualTo(before);
    assertThat(relationships(target)).isEqualTo(beforeRelationships);
  }

  @Test
  void readinessIsOutOfServiceUntilATaxonomyIsLoaded() {
    var file = files.resolve("atlas.backup.jsonl.gz");
    new GraphBackup(source, queries).writeTo(file);
    var status = new GraphStatusRepository(target, queries);
    var taxonomy = new TaxonomyHealthIndicator(status, new HealthProperties(true));

    assertThat(taxonomy.health(true).getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    assertThat(
            new TaxonomyHealthIndicator(status, new HealthProperties(false))
                .health(true)
                .getStatus())
        .isEqualTo(Status.UP);

    new GraphRestore(target, queries).readFrom(file);

    var health = taxonomy.health(true);
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails().get("datasets").toString()).contains("seed-world");
  }

  @Test
  void refusesToRestoreIntoADatabaseThatHoldsData() {
    var file = files.resolve("atlas.backup.jsonl.gz");
    new GraphBackup(source, queries).writeTo(file);
    run(target, "CREATE (:Learner {id: 'already-here'})");

    assertThatThrownBy(() -> new GraphRestore(target, queries).readFrom(file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already holds 1 nodes");
    assertThat(count(target, "MATCH (n) RETURN count(n)")).isEqualTo(1);
  }

  @Test
  void refusesABackupThatWasCutShort() throws IOException {
    var file = files.resolve("atlas.backup.jsonl.gz");
    new GraphBackup(source, queries).writeTo(file);
    var cut = files.resolve("cut.jsonl.gz");
    var lines = gunzip(file);
    gzip(cut, lines.subList(0, lines.size() - 1));

    assertThatThrownBy(() -> new GraphRestore(target, queries).readFrom(cut))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("incomplete");
  }

  @Test
  void theBackupIsReadableJsonLinesWithHeaderAndClosingCounts() throws IOException {
    var file = files.resolve("atlas.backup.jsonl.gz");
    var written = new GraphBackup(source, queries).writeTo(file);

    var lines = gunzip(file);

    assertThat(lines.get(0))
        .startsWith("{\"format\":\"competence-atlas-backup\",\"formatVersion\":1,")
        .contains("CREATE CONSTRAINT");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo(
            "{\"end\":true,\"nodes\":"
                + written.nodes()
                + ",\"relationships\":"
                + written.relationships()
                + "}");
    assertThat(lines).hasSize((int) (written.nodes() + written.relationships() + 2));
    assertThat(Files.exists(files.resolve("atlas.backup.jsonl.gz.partial"))).isFalse();
  }

  private record QuietBackup(
      BackupSummary written, Map<String, Long> nodes, Map<String, Long> relationships) {}

  /**
   * The application's own background writers (the access log's refusal tallies, the meaning layer,
   * the log purge) may write to the shared test graph at any moment, and a backup is not a
   * snapshot: a backup counts only when the graph was the same before and after it.
   */
  private QuietBackup backupWhileNothingWrites(Path file) {
    for (int attempt = 1; ; attempt++) {
      var nodesBefore = nodes(source);
      var relationshipsBefore = relationships(source);
      var written = new GraphBackup(source, queries).writeTo(file);
      if (nodes(source).equals(nodesBefore) && relationships(source).equals(relationshipsBefore)) {
        return new QuietBackup(written, nodesBefore, relationshipsBefore);
      }
      assertThat(attempt).as("the source graph changed during each of the backups").isLessThan(5);
    }
  }

  /** Every node as its labels and properties, counted, so duplicates count too. */
  private static Map<String, Long> nodes(Driver driver) {
    return shapes(
        driver,
        "MATCH (n) WHERE NOT n:" + PURGE_MARKER + " RETURN n",
        row -> shape(row.get("n").asNode()));
  }

  /** Every relationship as its type, properties and the shapes of both ends. */
  private static Map<String, Long> relationships(Driver driver) {
    return shapes(
        driver,
        "MATCH (a)-[r]->(b) RETURN a, r, b",
        row ->
            shape(row.get("a").asNode())
                + " -["
                + row.get("r").asRelationship().type()
                + " "
                + properties(row.get("r").asRelationship().asMap())
                + "]-> "
                + shape(row.get("b").asNode()));
  }

  private static Map<String, Long> shapes(
      Driver driver, String cypher, Function<org.neo4j.driver.Record, String> shape) {
    try (var session = driver.session()) {
      return session.run(cypher).list(shape).stream()
          .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }
  }

  private static String shape(org.neo4j.driver.types.Node node) {
    var labels = new TreeSet<String>();
    node.labels().forEach(labels::add);
    return labels + properties(node.asMap());
  }

  /** Properties in key order, with each value's Java type so a float never passes for a long. */
  private static String properties(Map<String, Object> properties) {
    var sorted = new TreeMap<String, String>();
    properties.forEach((key, value) -> sorted.put(key, typed(value)));
    return sorted.toString();
  }

  private static String typed(Object value) {
    if (value instanceof byte[] bytes) {
      return "bytes:" + HexFormat.of().formatHex(bytes);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(BackupRestoreTest::typed).toList().toString();
    }
    return value.getClass().getSimpleName() + ":" + value;
  }

  private static Set<String> schema(Driver driver) {
    var statements = new TreeSet<String>();
    statements.addAll(
        column(driver, "SHOW CONSTRAINTS YIELD createStatement RETURN createStatement"));
    statements.addAll(
        column(
            driver,
            "SHOW INDEXES YIELD type, owningConstraint, createStatement"
                + " WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN createStatement"));
    return statements;
  }

  private static List<String> column(Driver driver, String cypher) {
    try (var session = driver.session()) {
      return session.run(cypher).list(row -> row.get(0).asString());
    }
  }

  private static long count(Driver driver, String cypher) {
    try (var session = driver.session()) {
      return session.run(cypher).single().get(0).asLong();
    }
  }

  private static void run(Driver driver, String cypher) {
    try (var session = driver.session()) {
      session.run(cypher).consume();
    }
  }

  private static List<String> gunzip(Path file) throws IOException {
    try (var in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static void gzip(Path file, List<String> lines) throws IOException {
    try (var out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }
}
