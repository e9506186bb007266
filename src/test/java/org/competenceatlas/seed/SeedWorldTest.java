package org.competenceatlas.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

@AtlasTest
class SeedWorldTest {

  @Autowired SeedWorld seedWorld;
  @Autowired Driver driver;

  @Test
  void loadingAgainOnTheSameGraphAddsNothing() {
    long nodes = count("MATCH (n) RETURN count(n)");
    long relationships = count("MATCH ()-[r]->() RETURN count(r)");

    seedWorld.afterPropertiesSet();

    assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
    assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
  }

  @Test
  void theWorldHasTheSizeADemoNeeds() {
    assertThat(count("MATCH (n:Occupation {source: 'seed'}) RETURN count(n)")).isBetween(20L, 40L);
    assertThat(count("MATCH (n:LearningOutcome {source: 'seed'}) RETURN count(n)"))
        .isBetween(120L, 200L);
    assertThat(count("MATCH (n:Qualification {source: 'seed'}) RETURN count(n)"))
        .isGreaterThanOrEqualTo(5);
    assertThat(count("MATCH (n:LearningOpportunity {source: 'seed'}) RETURN count(n)"))
        .isGreaterThanOrEqualTo(8);
    assertThat(count("MATCH (n:Learner) RETURN count(n)")).isGreaterThanOrEqualTo(5);
    assertThat(count("MATCH (n:Validation) RETURN count(n)")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void everyConceptHasEnglishAndDutchLabels() {
    assertThat(
            count(
                "MATCH (n) WHERE (n:Occupation OR n:LearningOutcome OR n:OutcomeGroup"
                    + " OR n:Qualification OR n:QualificationUnit OR n:LearningOpportunity)"
                    + " AND (n.prefLabel_en IS NULL OR n.prefLabel_nl IS NULL) RETURN count(n)"))
        .isZero();
  }

  @Test
  void theOutcomeHierarchyIsThreeToFourLevelsDeepAndAllowsSeveralBroaderConcepts() {
    assertThat(
            count(
                "MATCH p = (:LearningOutcome)-[:BROADER*]->(top:OutcomeGroup)"
                    + " WHERE NOT (top)-[:BROADER]->() RETURN max(length(p))"))
        .isBetween(3L, 4L);
    assertThat(
            count(
                "MATCH (lo:LearningOutcome) WHERE COUNT { (lo)-[:BROADER]->() } > 1 RETURN count(lo)"))
        .isPositive();
  }

  private long count(String cypher) {
    try (var session = driver.session()) {
      return session.run(cypher).single().get(0).asLong();
    }
  }
}
