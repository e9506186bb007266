package org.competenceatlas.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.taxonomy.TaxonomyService;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seed world has five learners, below the default minimum group size of 10; these tests use the
 * real repository with a lower minimum to show the counts and where the suppression line falls.
 */
@AtlasTest
class ResearchLearnerAggregatesTest {

  @Autowired ResearchRepository repository;
  @Autowired TransferGraph transferGraph;
  @Autowired TaxonomyService taxonomy;
  @Autowired Driver driver;

  @Test
  void withMinimumOneEveryClaimStatusIsCountedAsTheGraphHasIt() {
    var result = service(1).learnersByClaimStatus();

    var expected = new HashMap<String, Long>();
    try (var session = driver.session()) {
      session
          .run(
              "MATCH (l:Learner)-[:MADE]->(c:Claim) "
                  + "RETURN c.status AS status, count(DISTINCT l) AS learners")
          .forEachRemaining(
              r -> expected.put(r.get("status").asString(), r.get("learners").asLong()));
    }
    var counted = new HashMap<String, Long>();
    result.groups().forEach(g -> counted.put(g.key(), g.learners()));
    assertThat(counted).isEqualTo(expected);
    assertThat(result.groups()).allSatisfy(g -> assertThat(g.kind()).isEqualTo("CLAIM_STATUS"));
  }

  @Test
  void groupsBelowTheMinimumAreNeitherShownNorCounted() {
    var all = service(1).learnersByClaimedOutcome(100);
    var atLeastTwo = service(2).learnersByClaimedOutcome(100);

    long shared = all.groups().stream().filter(g -> g.learners() >= 2).count();
    assertThat(shared).isPositive().isLessThan(all.reportedGroups());
    assertThat(atLeastTwo.reportedGroups()).isEqualTo((int) shared);
    assertThat(atLeastTwo.groups())
        .allSatisfy(g -> assertThat(g.learners()).isGreaterThanOrEqualTo(2));
    assertThat(atLeastTwo.groups().get(0).labels().preferred("en")).isNotBlank();
  }

  @Test
  void goalsAreCountedPerOccupationOrQualification() {
    var goals = service(1).learnersByGoal(100);

    long expected;
    try (var session = driver.session()) {
      expected =
          session
              .run("MATCH (:Learner)-[:HAS_GOAL]->(g) RETURN count(DISTINCT g) AS n")
              .single()
              .get("n")
              .asLong();
    }
    assertThat((long) goals.reportedGroups()).isEqualTo(expected);
    assertThat(goals.groups())
        .allSatisfy(g -> assertThat(g.kind()).isIn("OCCUPATION", "QUALIFICATION"))
        .allSatisfy(g -> assertThat(g.claims()).isNull());
  }

  @Test
  void theFirstArgumentCutsTheListButNotTheCount() {
    var result = service(1).learnersByClaimedOutcome(2);

    assertThat(result.groups()).hasSize(2);
    assertThat(result.reportedGroups()).isGreaterThan(2);
  }

  @Test
  void everyReleasedCountIsRoundedHalfUpToTheBaseAndNeverBelowIt() {
    var exact = service(1).learnersByClaimedOutcome(100);
    var rounded = service(1, 5).learnersByClaimedOutcome(100);

    assertThat(rounded.roundedTo()).isEqualTo(5);
    var exactByKey = new HashMap<String, Long>();
    exact.groups().forEach(g -> exactByKey.put(g.key(), g.learners()));
    assertThat(rounded.groups())
        .isNotEmpty()
        .allSatisfy(
            g -> {
              long truth = exactByKey.get(g.key());
              assertThat(g.learners()).isEqualTo(Math.max(5, (truth + 2) / 5 * 5));
              assertThat(g.claims() % 5).isZero();
            });
  }

  private ResearchService service(int minimumGroupSize) {
    return service(minimumGroupSize, 1);
  }

  private ResearchService service(int minimumGroupSize, int roundingBase) {
    return new ResearchService(
        repository,
        transferGraph,
        taxonomy,
        new ResearchProperties(minimumGroupSize, roundingBase));
  }
}
