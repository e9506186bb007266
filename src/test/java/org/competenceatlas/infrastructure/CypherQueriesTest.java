package org.competenceatlas.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** Every named query is read when the application starts and is Cypher the database plans. */
@AtlasTest
class CypherQueriesTest {

  @Autowired CypherQueries queries;
  @Autowired Driver driver;

  @Test
  void everyQueryFileIsLoadedAtStartUp() throws IOException {
    try (var files = Files.walk(Path.of("cypher/queries"))) {
      var names =
          files
              .filter(file -> file.toString().endsWith(".cypher"))
              .map(file -> Path.of("cypher/queries").relativize(file).toString())
              .map(name -> name.substring(0, name.length() - ".cypher".length()))
              .toList();
      assertThat(names).hasSizeGreaterThan(100);
      assertThat(queries.all().keySet()).containsExactlyInAnyOrderElementsOf(names);
    }
  }

  @Test
  void everyQueryIsPlannedByTheDatabase() {
    try (var session = driver.session()) {
      queries
          .all()
          .forEach(
              (name, cypher) ->
                  assertThat(session.run("EXPLAIN " + cypher).consume().plan())
                      .as(name)
                      .isNotNull());
    }
  }

  @Test
  void anUnknownNameIsRefusedWithTheFileItLookedFor() {
    assertThatThrownBy(() -> queries.get("learner/no-such-query"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cypher/queries/learner/no-such-query.cypher");
  }
}
