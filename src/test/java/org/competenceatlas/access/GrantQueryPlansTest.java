package org.competenceatlas.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.infrastructure.CypherQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.ProfiledPlan;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The two queries that every request of an adviser and every grant run keep their first plan
 * ({@code replan=skip}). Planned while the adviser holds one grant, they must still read only the
 * learner's own grants once the adviser holds hundreds from other learners: in a soak, a plan that
 * sought every grant of the adviser made each request slower with each grant until the server
 * stalled.
 */
@AtlasTest
class GrantQueryPlansTest {

  private static final int GRANTS_FROM_OTHERS = 400;

  @Autowired CypherQueries queries;
  @Autowired Driver driver;

  private final String probe = "plan-probe-" + UUID.randomUUID();
  private final String learnerId = probe + "-learner";
  private final String adviser = probe + "-adviser";

  @AfterEach
  void removeTheProbe() {
    try (var session = driver.session()) {
      session
          .run(
              """
              MATCH (n) WHERE (n:Learner AND n.id STARTS WITH $probe)
                 OR (n:AccessGrant AND n.grantee = $adviser)
                 OR (n:AccessEvent AND n.learnerId STARTS WITH $probe)
              DETACH DELETE n
              """,
              Map.of("probe", probe, "adviser", adviser))
          .consume();
    }
  }

  @BeforeEach
  void planAfresh() {
    // Otherwise a plan kept from an earlier test class or the warm-up decides, not this test's.
    try (var session = driver.session()) {
      session.run("CALL db.clearQueryCaches()").consume();
    }
  }

  @Test
  void theAccessDecisionReadsTheLearnersGrantsNotEveryGrantTheAdviserHolds() {
    var parameters = Map.<String, Object>of("learnerId", learnerId, "actor", adviser);

    long young = dbHits("access/access-decision", parameters);
    adviserReceivesGrantsFromOtherLearners();
    long grown = dbHits("access/access-decision", parameters);

    assertThat(grown).isLessThan(young + GRANTS_FROM_OTHERS / 4);
  }

  @Test
  void aNewGrantReadsTheLearnersGrantsNotEveryGrantTheAdviserHolds() {
    var parameters = new HashMap<String, Object>();
    parameters.put("learnerId", learnerId);
    parameters.put("grantee", adviser);
    parameters.put("role", "ADVISER");
    parameters.put("actor", learnerId);
    parameters.put("expiresAt", null);

    long young = dbHits("access/grant-access", parameters);
    adviserReceivesGrantsFromOtherLearners();
    long grown = dbHits("access/grant-access", parameters);

    assertThat(grown).isLessThan(young + GRANTS_FROM_OTHERS / 4);
  }

  /**
   * Creates the probe's learner with one grant to the adviser, then profiles the query; the first
   * call plans it, while the adviser holds that one grant.
   */
  private long dbHits(String query, Map<String, Object> parameters) {
    try (var session = driver.session()) {
      session
          .run(
              """
              MERGE (l:Learner {id: $learnerId})
                ON CREATE SET l.account = $learnerId, l.displayName = 'Plan probe'
              WITH l WHERE NOT (l)-[:GRANTED]->()
              CREATE (l)-[:GRANTED]->(:AccessGrant {id: randomUUID(), grantee: $adviser,
                role: 'ADVISER', grantedAt: datetime()})
              """,
              Map.of("learnerId", learnerId, "adviser", adviser))
          .consume();
      var profile = session.run("PROFILE " + queries.get(query), parameters).consume().profile();
      return total(profile);
    }
  }

  private void adviserReceivesGrantsFromOtherLearners() {
    try (var session = driver.session()) {
      session
          .run(
              """
              UNWIND range(1, $count) AS n
              CREATE (l:Learner {id: $probe + '-other-' + n, account: $probe + '-other-' + n})
              CREATE (l)-[:GRANTED]->(:AccessGrant {id: randomUUID(), grantee: $adviser,
                role: 'ADVISER', grantedAt: datetime()})
              """,
              Map.of("count", GRANTS_FROM_OTHERS, "probe", probe, "adviser", adviser))
          .consume();
    }
  }

  private static long total(ProfiledPlan plan) {
    return plan.dbHits() + plan.children().stream().mapToLong(GrantQueryPlansTest::total).sum();
  }
}
