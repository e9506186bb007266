package org.competenceatlas.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ac.simons.neo4j.migrations.core.MigrationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

@AtlasTest
class SchemaMigrationsTest {

  private static final String CHAIN = "MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE'";

  @Autowired Driver driver;
  @Autowired SchemaMigrations migrations;

  @Test
  void recordsEachAppliedMigrationOnce() throws IOException {
    int shipped = shipped().length;

    assertThat(count(CHAIN + " RETURN count(m)")).isEqualTo(shipped);
    assertThat(migrations.currentVersion()).isEqualTo(shipped);
    assertThat(migrations.state().upToDate()).isTrue();
  }

  @Test
  void everyMigrationFileHasANameTheLibraryReads() throws IOException {
    try (var files = Files.list(Path.of("cypher/migrations"))) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .filteredOn(name -> name.endsWith(".cypher"))
          .isNotEmpty()
          .allSatisfy(
              name ->
                  assertThat(MigrationVersion.canParse(name))
                      .as("%s: V<number>__<letters, digits, _ or spaces>.cypher", name)
                      .isTrue());
    }
  }

  @Test
  void createsTheUniquenessConstraintsAndTheLabelSearchIndexes() {
    assertThat(count("SHOW CONSTRAINTS YIELD name WHERE name ENDS WITH '_id' RETURN count(*)"))
        .isGreaterThanOrEqualTo(14);
    assertThat(count("SHOW FULLTEXT INDEXES YIELD state WHERE state = 'ONLINE' RETURN count(*)"))
        .isEqualTo(3);
  }

  @Test
  void runningTheMigrationsAgainChangesNothing() throws IOException {
    long before = count(CHAIN + " RETURN count(m)");

    migrations.afterPropertiesSet();

    assertThat(count(CHAIN + " RETURN count(m)")).isEqualTo(before);
    assertThat(migrations.currentVersion()).isEqualTo(shipped().length);
  }

  @Test
  void refusesToStartWhenAnAppliedMigrationWasEdited() {
    var checksum = text("MATCH (m:__Neo4jMigration {version: '001'}) RETURN m.checksum");
    run("MATCH (m:__Neo4jMigration {version: '001'}) SET m.checksum = 'edited'");
    try {
      assertThatThrownBy(migrations::afterPropertiesSet)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("001")
          .hasMessageContaining("must never be edited");
    } finally {
      run(
          "MATCH (m:__Neo4jMigration {version: '001'}) SET m.checksum = $checksum",
          Map.of("checksum", checksum));
    }
  }

  @Test
  void aStoreMigratedBeforeTheLibraryStartsWhenItsRecordsMatchTheFiles() throws IOException {
    recordAsBeforeTheLibrary();
    for (var file : shipped()) {
      run(
          "CREATE (:SchemaMigration {version: $version, checksum: $checksum})",
          Map.of(
              "version",
              Integer.parseInt(file.getFilename().substring(1, 4)),
              "checksum",
              LegacyMigrationRecords.sha256(file.getURL())));
    }
    try {
      migrations.afterPropertiesSet();

      assertThat(count(CHAIN + " RETURN count(m)")).isEqualTo(shipped().length);
      assertThat(migrations.state().upToDate()).isTrue();
    } finally {
      run("MATCH (m:SchemaMigration) DELETE m");
      migrations.afterPropertiesSet();
    }
  }

  @Test
  void aStoreMigratedBeforeTheLibraryIsRefusedWhenAnAppliedFileWasEdited() {
    recordAsBeforeTheLibrary();
    run("CREATE (:SchemaMigration {version: 1, checksum: 'edited'})");
    try {
      assertThatThrownBy(migrations::afterPropertiesSet)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("V1 was changed");
    } finally {
      run("MATCH (m:SchemaMigration) DELETE m");
      migrations.afterPropertiesSet();
    }
  }

  @Test
  void aMigrationTheDatabaseDoesNotRecordIsReportedMissing() throws IOException {
    int last = shipped().length;
    var version = String.format("%03d", last);
    run(
        "MATCH (m:__Neo4jMigration {version: $version}) SET m.migrationTarget = 'elsewhere'",
        Map.of("version", version));
    try {
      var state = migrations.state();

      assertThat(state.upToDate()).isFalse();
      assertThat(state.missing()).containsExactly(last);
      assertThat(state.databaseVersion()).isEqualTo(last - 1);
      assertThat(state.expectedVersion()).isEqualTo(last);
    } finally {
      run(
          "MATCH (m:__Neo4jMigration {version: $version}) REMOVE m.migrationTarget",
          Map.of("version", version));
    }
    assertThat(migrations.state().upToDate()).isTrue();
  }

  /**
   * Readiness asks for the state every few seconds. The library's own reading takes its lock node:
   * two write transactions per probe, and DOWN whenever another instance is migrating.
   */
  @Test
  void readingTheSchemaStateRunsNoSchemaCommandAndTakesNoLock() {
    run("CALL db.stats.collect('QUERIES')");
    long since = System.currentTimeMillis();
    List<String> queries;
    try {
      assertThat(migrations.state().upToDate()).isTrue();
    } finally {
      try (var session = driver.session()) {
        queries =
            session
                .run(
                    "CALL db.stats.retrieve('QUERIES') YIELD data"
                        + " WHERE any(i IN data.invocations WHERE i.startTimestampMillis >= $since)"
                        + " RETURN data.query AS query",
                    Map.of("since", since))
                .list(row -> withoutComments(row.get("query").asString()));
      }
      run("CALL db.stats.stop('QUERIES')");
      run("CALL db.stats.clear('QUERIES')");
    }

    assertThat(queries).anyMatch(query -> query.contains("__Neo4jMigration"));
    assertThat(queries)
        .noneMatch(
            query -> query.contains("CONSTRAINT") || query.contains("__Neo4jMigrationsLock"));
  }

  @Test
  void duplicateIdsAreRefusedByTheDatabase() {
    assertThatThrownBy(() -> run("CREATE (:Learner {id: 'twin'}) CREATE (:Learner {id: 'twin'})"))
        .hasMessageContaining("already exists");
    assertThat(count("MATCH (l:Learner {id: 'twin'}) RETURN count(l)")).isZero();
  }

  /** The library's record gone, and none of the old kind yet: the test writes that. */
  private void recordAsBeforeTheLibrary() {
    run("MATCH (m:__Neo4jMigration) DETACH DELETE m");
    run("MATCH (m:SchemaMigration) DELETE m");
  }

  private static org.springframework.core.io.Resource[] shipped() throws IOException {
    return new PathMatchingResourcePatternResolver()
        .getResources("classpath*:cypher/migrations/V*.cypher");
  }

  private long count(String cypher) {
    try (var session = driver.session()) {
      return session.run(cypher).single().get(0).asLong();
    }
  }

  private static String withoutComments(String cypher) {
    return String.join(
        "\n", cypher.lines().filter(line -> !line.strip().startsWith("//")).toList());
  }

  private String text(String cypher) {
    try (var session = driver.session()) {
      return session.run(cypher).single().get(0).asString();
    }
  }

  private void run(String cypher) {
    run(cypher, Map.of());
  }

  private void run(String cypher, Map<String, Object> parameters) {
    try (var session = driver.session()) {
      session.executeWriteWithoutResult(tx -> tx.run(cypher, parameters).consume());
    }
  }
}
