package org.competenceatlas.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competenceatlas.SeedWorldIds.HOTEL_RECEPTIONIST;
import static org.competenceatlas.SeedWorldIds.NURSE;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Occupation look-ups answered from the in-memory copy of the taxonomy must read exactly as the
 * graph does: the same labels with the same language fallback, the same order.
 */
@AtlasTest
class TaxonomyMemoryLookupTest {

  @Autowired HttpGraphQlTester graphQl;
  @Autowired Driver driver;
  @Autowired TaxonomyMemory memory;

  @BeforeEach
  void theCopyIsBuilt() throws InterruptedException {
    TaxonomyCopies.awaitCopy(memory);
  }

  @Test
  void aLookUpGivesTheDutchLabelsAndEnglishForALanguageTheTaxonomyLacks() {
    var dutch = lookUp("nl");
    var german = lookUp("de");

    dutch.path("occupation.label").entity(String.class).isEqualTo("hotelreceptionist");
    german.path("occupation.label").entity(String.class).isEqualTo("hotel receptionist");
    assertOutcomeLabels(dutch, labels(HOTEL_RECEPTIONIST, "prefLabel_nl"));
    assertOutcomeLabels(german, labels(HOTEL_RECEPTIONIST, "prefLabel_en"));
    assertThat(dutch.path("occupation.outcomes[*].outcome.label").entityList(String.class).get())
        .contains("gasten informeren over hotelvoorzieningen");
  }

  @Test
  void outcomesAndTheirBroaderConceptsComeInTheGraphsOrder() {
    for (var occupation : List.of(HOTEL_RECEPTIONIST, NURSE)) {
      var response =
          graphQl.documentName("occupationInLanguage").variable("id", occupation).execute();

      var ids = response.path("occupation.outcomes[*].outcome.id").entityList(String.class).get();
      assertThat(ids)
          .containsExactlyElementsOf(
              strings(
                  "MATCH (:Occupation {id: $id})-[r:REQUIRES]->(lo:LearningOutcome)"
                      + " WITH lo, collect(r.importance) AS importances"
                      + " WITH lo, CASE WHEN 'essential' IN importances THEN 0 ELSE 1 END AS rank"
                      + " RETURN lo.id ORDER BY rank, lo.prefLabel_en",
                  occupation));
      for (int i = 0; i < ids.size(); i++) {
        assertThat(
                response
                    .path("occupation.outcomes[" + i + "].outcome.broader[*].id")
                    .entityList(String.class)
                    .get())
            .containsExactlyElementsOf(
                strings(
                    "MATCH (:LearningOutcome {id: $id})-[:BROADER]->(b)"
                        + " RETURN b.id ORDER BY b.prefLabel_en",
                    ids.get(i)));
      }
    }
  }

  private HttpGraphQlTester.Response lookUp(String language) {
    return graphQl
        .documentName("occupationInLanguage")
        .variable("id", HOTEL_RECEPTIONIST)
        .variable("language", language)
        .execute();
  }

  private static void assertOutcomeLabels(
      HttpGraphQlTester.Response response, Map<String, String> expected) {
    var outcomes = response.path("occupation.outcomes[*].outcome").entityList(Map.class).get();
    assertThat(outcomes).hasSize(expected.size());
    for (var outcome : outcomes) {
      assertThat(outcome.get("label")).isEqualTo(expected.get((String) outcome.get("id")));
    }
  }

  /** The occupation's outcomes' labels in one property, for those that have it. */
  private Map<String, String> labels(String occupationId, String property) {
    try (var session = driver.session()) {
      return session
          .run(
              "MATCH (:Occupation {id: $id})-[:REQUIRES]->(lo:LearningOutcome)"
                  + " WHERE lo[$property] IS NOT NULL"
                  + " RETURN DISTINCT lo.id AS id, lo[$property] AS label",
              Map.of("id", occupationId, "property", property))
          .list(row -> Map.entry(row.get("id").asString(), row.get("label").asString()))
          .stream()
          .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
  }

  private List<String> strings(String cypher, String id) {
    try (var session = driver.session()) {
      return session.run(cypher, Map.of("id", id)).list(row -> row.get(0).asString());
    }
  }
}
