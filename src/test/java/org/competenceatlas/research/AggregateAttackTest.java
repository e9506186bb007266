package org.competenceatlas.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The attack of issue "The learner's rights hold under pressure": a researcher, who may also keep a
 * portfolio, claims an outcome and compares the aggregates before and after, to learn whether
 * anyone else claims it. Whether nobody else does or one other learner does, every answer stays the
 * same: the researcher learns nothing.
 */
@AtlasTest
class AggregateAttackTest {

  private static final String AGGREGATES =
      """
      {
        learnerAggregates {
          minimumGroupSize roundedTo
          claimsByOutcome(first: 100) { groups { key learners claims } reportedGroups }
          goals(first: 100) { groups { key learners } reportedGroups }
          claimsByStatus { groups { key learners claims } reportedGroups }
        }
      }
      """;

  @Autowired HttpGraphQlTester graphQl;
  @Autowired Driver driver;

  @Test
  void claimingAnOutcomeRevealsNothingAboutWhetherAnyoneElseClaimsIt() {
    var researcher = DemoUsers.as(graphQl, DemoUsers.RUI_RESEARCHER);
    var claimedByNobody =
        single(
            "MATCH (lo:LearningOutcome) WHERE NOT EXISTS { (:Claim)-[:ABOUT]->(lo) }"
                + " RETURN lo.id AS id ORDER BY id LIMIT 1");
    var claimedByOne =
        single(
            "MATCH (l:Learner)-[:MADE]->(:Claim)-[:ABOUT]->(lo:LearningOutcome)"
                + " WITH lo, count(DISTINCT l) AS learners WHERE learners = 1"
                + " RETURN lo.id AS id ORDER BY id LIMIT 1");
    String learnerId = null;
    try {
      var before = aggregates(researcher);
      learnerId =
          researcher
              .document(
                  "mutation { createLearner(input: {displayName: \"Probe\", preferredLanguage:"
                      + " \"en\"}) }")
              .execute()
              .path("createLearner")
              .entity(String.class)
              .get();
      var experience =
          researcher
              .document(
                  "mutation($id: ID!) { addExperience(learnerId: $id, input: {kind: INFORMAL,"
                      + " context: WORK, title: \"Probe\", startDate: \"2024-01-01\"}) { id } }")
              .variable("id", learnerId)
              .execute()
              .path("addExperience.id")
              .entity(String.class)
              .get();

      claim(researcher, learnerId, experience, claimedByNobody);
      var afterAlone = aggregates(researcher);
      claim(researcher, learnerId, experience, claimedByOne);
      var afterShared = aggregates(researcher);

      assertThat(afterAlone).isEqualTo(before);
      assertThat(afterShared).isEqualTo(before);
    } finally {
      if (learnerId != null) {
        researcher
            .document(
                "mutation($id: ID!) { erasePersonalData(learnerId: $id, confirm: true)"
                    + " { nodesDeleted } }")
            .variable("id", learnerId)
            .execute()
            .path("erasePersonalData.nodesDeleted")
            .hasValue();
      }
    }
  }

  private static void claim(
      HttpGraphQlTester researcher, String learnerId, String experience, String outcome) {
    researcher
        .document(
            "mutation($id: ID!, $input: ClaimInput!) { addClaim(learnerId: $id, input: $input)"
                + " { id } }")
        .variable("id", learnerId)
        .variable(
            "input",
            Map.of(
                "outcomeId",
                outcome,
                "experienceIds",
                List.of(experience),
                "proficiency",
                "INTERMEDIATE"))
        .execute()
        .path("addClaim.id")
        .hasValue();
  }

  private static Map<?, ?> aggregates(HttpGraphQlTester researcher) {
    return researcher
        .document(AGGREGATES)
        .execute()
        .path("learnerAggregates")
        .entity(Map.class)
        .get();
  }

  private String single(String cypher) {
    try (var session = driver.session()) {
      return session.run(cypher).single().get("id").asString();
    }
  }
}
