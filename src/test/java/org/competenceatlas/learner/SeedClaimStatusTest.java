package org.competenceatlas.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The seed world's claim statuses are what the mutations would compute from the same facts. */
@AtlasTest
class SeedClaimStatusTest {

  @Autowired ValidationRepository repository;
  @Autowired org.neo4j.driver.Driver driver;

  @Test
  void everySeedClaimHasTheStatusTheRuleGives() {
    var ids = new ArrayList<String>();
    try (var session = driver.session()) {
      session
          .run("MATCH (c:Claim {source: 'seed'}) RETURN c.id AS id")
          .forEachRemaining(r -> ids.add(r.get("id").asString()));
    }
    assertThat(ids).hasSizeGreaterThan(40);

    var facts = repository.statusFacts(ids);

    assertThat(facts).hasSize(ids.size());
    facts.forEach(
        fact ->
            assertThat(ClaimStatusRule.status(fact.evidence(), fact.judgements()))
                .as(fact.claimId())
                .isEqualTo(fact.status()));
  }
}
