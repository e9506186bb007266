package org.competenceatlas.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

@AtlasTest
class SchemaMigrationsTest {

  @Autowired Driver driver;
  @Autowired SchemaMigrations migrations;

  @Test
  void recordsEachAppliedMigrationOnce() throws java.io.IOException {
    int shipped =
        new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
            .getResources("classpath*:cypher/migrations/V*.cypher")
            .length;
    assertThat(count("MATCH (m:SchemaMigration) RETURN count(m)")).isEqualTo(shipped);
    assertThat(migrations.currentVersion()).isEqualTo(shipped);
  }

  @Test
  void createsTheUniquenessConstraintsAndTheLabelSearchIndexes() {
    assertThat(count("SHOW CONSTRAINTS YIELD name WHERE name ENDS WITH '_id' RETURN count(*)"))
        .isGreaterThanOrEqualTo(14);
    assertThat(count("SHOW FULLTEXT INDEXES YIELD state WHERE state = 'ONLINE' RETURN count(*)"))
        .isEqualTo(3);
  }

  @Test
  void runningTheMigrationsAgainChangesNothing() {
    long before = count("MATCH (m:SchemaMigration) RETURN count(m)");

    migrations.afterPropertiesSet();

    assertThat(count("MATCH (m:SchemaMigration) RETURN count(m)")).isEqualTo(before);
  }

  @Test
  void refusesToStartWhenAnAppliedMigrationWasEdited() {
    run("MATCH (m:SchemaMigration {version: 1}) SET m.checksum = 'edited'");
    try {
      assertThatThrownBy(migrations::afterPropertiesSet)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("V1")
          .hasMessageContaining("changed after it was applied");
    } finally {
      run("MATCH (m:SchemaMigration {version: 1}) DELETE m");
      migrations.afterPropertiesSet();
    }
  }

  @Test
  void duplicateIdsAreRefusedByTheDatabase() {
    assertThatThrownBy(() -> run("CREATE (:Learner {id: 'twin'}) CREATE (:Learner {id: 'twin'})"))
        .hasMessageContaining("already exists");
    assertThat(count("MATCH (l:Learner {id: 'twin'}) RETURN count(l)")).isZero();
  }

  private long count(String cypher) {
    try (var session = driver.session()) {
      return session.run(cypher).single().get(0).asLong();
    }
  }

  private void run(String cypher) {
    try (var session = driver.session()) {
      session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of()).consume());
    }
  }
}
