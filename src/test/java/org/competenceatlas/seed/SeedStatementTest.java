package org.competenceatlas.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

@AtlasTest
class SeedStatementTest {

  @Autowired Driver driver;

  @Test
  void sendsTheLeadingListOfLiteralsAsRowsWithStringsNumbersDatesAndComments() {
    var seed =
        SeedStatement.of(
            """
            // a header comment
            UNWIND [
              // a comment between rows
              {id: 'it\\'s', `odd key`: "say \\"hi\\"\\n", n: -3, x: 1.5e2, ok: true, none: null,
               on: date('2024-04-02'), at: datetime('2024-04-02T09:15:00Z'), tags: ['a', []]},
              ['b', {}]
            ] AS row
            MERGE (n:Thing {id: row.id})""");

    assertThat(seed.cypher()).isEqualTo("UNWIND $seedRows AS row\nMERGE (n:Thing {id: row.id})");
    var rows = (List<?>) seed.parameters().get(SeedStatement.ROWS);
    assertThat(rows).hasSize(2);
    var first = (Map<?, ?>) rows.get(0);
    assertThat(first.get("id")).isEqualTo("it's");
    assertThat(first.get("odd key")).isEqualTo("say \"hi\"\n");
    assertThat(first.get("n")).isEqualTo(-3L);
    assertThat(first.get("x")).isEqualTo(150.0);
    assertThat(first.get("ok")).isEqualTo(true);
    assertThat(first.containsKey("none")).isTrue();
    assertThat(first.get("none")).isNull();
    assertThat(first.get("on")).isEqualTo(LocalDate.of(2024, 4, 2));
    assertThat(first.get("at")).isEqualTo(OffsetDateTime.parse("2024-04-02T09:15:00Z"));
    assertThat(first.get("tags")).isEqualTo(List.of("a", List.of()));
    assertThat(rows.get(1)).isEqualTo(List.of("b", Map.of()));
  }

  @Test
  void aListWithAVariableAnExpressionOrAnotherFunctionIsSentAsWritten() {
    for (var statement :
        List.of(
            "UNWIND [x, 1] AS row RETURN row",
            "UNWIND [1 + 1] AS row RETURN row",
            "UNWIND [toUpper('a')] AS row RETURN row",
            "UNWIND [datetime('2024-04-02T09:15:00[Europe/Amsterdam]')] AS row RETURN row",
            "UNWIND range(1, 3) AS row RETURN row",
            "MATCH (n) RETURN n")) {
      var seed = SeedStatement.of(statement);

      assertThat(seed.parameterised()).as(statement).isFalse();
      assertThat(seed.cypher()).isEqualTo(statement);
    }
  }

  /**
   * Every leading list of the seed world travels as parameters, and Neo4j reads the literal as
   * written in the file as the very same value: a seed edit the reader cannot take would make
   * start-up slower, and one it read differently would load another world.
   */
  @Test
  void everySeedListTravelsAsRowsThatNeo4jReadsAsTheSameValues() throws IOException {
    var scripts =
        new PathMatchingResourcePatternResolver().getResources("classpath*:seed-data/*.cypher");
    var compared = new ArrayList<String>();
    try (var session = driver.session()) {
      for (var script : Arrays.asList(scripts)) {
        for (var statement : SeedWorld.statements(script)) {
          var seed = SeedStatement.of(statement);
          var firstLine =
              statement
                  .lines()
                  .map(String::strip)
                  .filter(line -> !line.isEmpty() && !line.startsWith("//"))
                  .findFirst()
                  .orElse("");
          if (!firstLine.startsWith("UNWIND [")) {
            assertThat(seed.parameterised()).as(statement).isFalse();
            continue;
          }
          assertThat(seed.parameterised()).as(script.getFilename() + ": " + statement).isTrue();
          int restLength = seed.cypher().length() - ("UNWIND $" + SeedStatement.ROWS).length();
          var literal = statement.substring(0, statement.length() - restLength);
          // Both come back through the driver: Cypher's = is null when a map holds a null.
          var row =
              session
                  .run(
                      literal
                          + " AS row WITH collect(row) AS fromFile"
                          + " RETURN fromFile, $seedRows AS fromParameters",
                      seed.parameters())
                  .single();
          assertThat(row.get("fromParameters"))
              .as(script.getFilename() + ": " + statement)
              .isEqualTo(row.get("fromFile"));
          compared.add(script.getFilename());
        }
      }
    }
    assertThat(compared).hasSizeGreaterThanOrEqualTo(30);
  }
}
