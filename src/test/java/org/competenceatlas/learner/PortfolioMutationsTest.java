package org.competenceatlas.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.competenceatlas.SeedWorldIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@AtlasTest
class PortfolioMutationsTest {

  @Autowired HttpGraphQlTester tester;
  String learnerId;

  @AfterEach
  void eraseTheTestPortfolio() {
    Portfolios.erase(tester, learnerId);
  }

  @Test
  void aSignedInUserCreatesTheirOwnPortfolioWithGoalsStartingAtRecognise() {
    learnerId = Portfolios.create(tester);

    var me =
        Portfolios.owner(tester)
            .document(
                """
                { me { learner { id displayName preferredLanguage values
                                 goals { id } cycle { goal { id } stage history { stage actor } } } } }
                """)
            .execute();
    me.path("me.learner.id").entity(String.class).isEqualTo(learnerId);
    me.path("me.learner.preferredLanguage").entity(String.class).isEqualTo("nl");
    me.path("me.learner.goals[*].id")
        .entityList(String.class)
        .containsExactly(SeedWorldIds.NURSE, SeedWorldIds.NURSING_DIPLOMA);
    me.path("me.learner.cycle[*].stage")
        .entityList(String.class)
        .containsExactly("RECOGNISE", "RECOGNISE");
    me.path("me.learner.cycle[0].history[0].actor")
        .entity(String.class)
        .isEqualTo(Portfolios.OWNER);
  }

  @Test
  void aSecondPortfolioForTheSameAccountIsRefused() {
    learnerId = Portfolios.create(tester);

    Portfolios.owner(tester)
        .document("mutation { createLearner(input: {displayName: \"Again\"}) }")
        .execute()
        .errors()
        .satisfy(
            errors -> {
              assertThat(errors).hasSize(1);
              assertThat(errors.get(0).getExtensions()).containsEntry("argument", "input");
            });
  }

  @Test
  void theLearnerUpdatesDetailsAndGoalsAndLeavesOutFieldsUnchanged() {
    learnerId = Portfolios.create(tester);

    var updated =
        Portfolios.owner(tester)
            .document(
                """
                mutation($id: ID!, $goals: [ID!]) {
                  updateLearner(learnerId: $id, input: {ambitions: ["work in a hospital"], goalIds: $goals}) {
                    displayName values ambitions goals { id }
                  }
                }
                """)
            .variable("id", learnerId)
            .variable("goals", List.of(SeedWorldIds.NURSE))
            .execute();

    updated.path("updateLearner.displayName").entity(String.class).isEqualTo("Rui Test");
    updated.path("updateLearner.values").entityList(String.class).containsExactly("curiosity");
    updated
        .path("updateLearner.ambitions")
        .entityList(String.class)
        .containsExactly("work in a hospital");
    updated
        .path("updateLearner.goals[*].id")
        .entityList(String.class)
        .containsExactly(SeedWorldIds.NURSE);
  }

  @Test
  void experiencesAreAddedUpdatedAndRemoved() {
    learnerId = Portfolios.create(tester);
    var experienceId = Portfolios.addExperience(tester, learnerId);

    var updated =
        Portfolios.owner(tester)
            .document(
                """
                mutation($id: ID!, $e: ID!) {
                  updateExperience(learnerId: $id, experienceId: $e, input: {kind: NON_FORMAL,
                    context: EDUCATION, title: "Care course", organisation: "ROC",
                    startDate: "2022-01-01", endDate: "2022-03-01", description: "Ten evenings"}) {
                    id kind context title organisation startDate endDate ongoing description
                  }
                }
                """)
            .variable("id", learnerId)
            .variable("e", experienceId)
            .execute()
            .path("updateExperience")
            .entity(Map.class)
            .get();
    assertThat(updated)
        .containsEntry("id", experienceId)
        .containsEntry("kind", "NON_FORMAL")
        .containsEntry("endDate", "2022-03-01")
        .containsEntry("ongoing", false)
        .containsEntry("organisation", "ROC");

    Portfolios.owner(tester)
        .document(
            "mutation($id: ID!, $e: ID!) { removeExperience(learnerId: $id, experienceId: $e) }")
        .variable("id", learnerId)
        .variable("e", experienceId)
        .execute()
        .path("removeExperience")
        .entity(String.class)
        .isEqualTo(experienceId);
    Portfolios.owner(tester)
        .document("query($id: ID!) { learner(id: $id) { experiences { id } } }")
        .variable("id", learnerId)
        .execute()
        .path("learner.experiences")
        .entityList(Map.class)
        .hasSize(0);
  }

  @Test
  void aClaimRestsOnSeveralExperiencesAndItsNoteAndProficiencyChange() {
    learnerId = Portfolios.create(tester);
    var first = Portfolios.addExperience(tester, learnerId);
    var second = Portfolios.addExperience(tester, learnerId);
    var claimId = Portfolios.addClaim(tester, learnerId, first, Portfolios.EATING);

    var claim =
        Portfolios.owner(tester)
            .document(
                """
                mutation($id: ID!, $c: ID!, $es: [ID!]) {
                  updateClaim(learnerId: $id, claimId: $c,
                              input: {proficiency: ADVANCED, note: "at lunch", experienceIds: $es}) {
                    proficiency note status outcome { id } supportedBy { id }
                  }
                }
                """)
            .variable("id", learnerId)
            .variable("c", claimId)
            .variable("es", List.of(first, second))
            .execute();

    claim.path("updateClaim.proficiency").entity(String.class).isEqualTo("ADVANCED");
    claim.path("updateClaim.status").entity(String.class).isEqualTo("SELF_ASSESSED");
    claim.path("updateClaim.outcome.id").entity(String.class).isEqualTo(Portfolios.EATING);
    claim
        .path("updateClaim.supportedBy[*].id")
        .entityList(String.class)
        .satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder(first, second));
  }

  @Test
  void aClaimGoesFromSelfAssessedToEvidencedToValidatedAndTheGoalThroughTheCycle() {
    learnerId = Portfolios.create(tester);
    var experienceId = Portfolios.addExperience(tester, learnerId);
    var confirmed = Portfolios.addClaim(tester, learnerId, experienceId, Portfolios.EATING);
    var refused = Portfolios.addClaim(tester, learnerId, experienceId, Portfolios.MOBILITY);
    Portfolios.addEvidence(tester, learnerId, confirmed, refused);
    assertThat(statuses())
        .containsEntry(confirmed, "EVIDENCED")
        .containsEntry(refused, "EVIDENCED");
    Portfolios.grantAssessor(tester, learnerId);

    var validation =
        DemoUsers.as(tester, DemoUsers.MARIEKE)
            .document(
                """
                mutation($input: ValidationInput!) {
                  recordValidation(input: $input) {
                    function comment date assessor { id } against { id kind }
                    judgements { claimId result outcome { id } }
                  }
                }
                """)
            .variable(
                "input",
                Map.of(
                    "learnerId",
                    learnerId,
                    "function",
                    "OF_LEARNING",
                    "againstId",
                    SeedWorldIds.NURSING_DIPLOMA,
                    "comment",
                    "Criterion-based interview.",
                    "date",
                    "2024-06-12",
                    "judgements",
                    List.of(
                        Map.of("claimId", confirmed, "result", "CONFIRMED"),
                        Map.of("claimId", refused, "result", "NOT_CONFIRMED"))))
            .execute();

    validation
        .path("recordValidation.assessor.id")
        .entity(String.class)
        .isEqualTo("assessor-marieke");
    validation
        .path("recordValidation.against.id")
        .entity(String.class)
        .isEqualTo(SeedWorldIds.NURSING_DIPLOMA);
    validation.path("recordValidation.judgements").entityList(Map.class).hasSize(2);
    assertThat(statuses())
        .containsEntry(confirmed, "VALIDATED")
        .containsEntry(refused, "NOT_CONFIRMED");

    var cycle =
        Portfolios.owner(tester)
            .document(
                "query($id: ID!) { learner(id: $id) { cycle { goal { id } stage history { stage } } validations { id } } }")
            .variable("id", learnerId)
            .execute();
    cycle
        .path("learner.cycle[?(@.goal.id == '" + SeedWorldIds.NURSING_DIPLOMA + "')].stage")
        .entityList(String.class)
        .containsExactly("CALIBRATE");
    cycle
        .path("learner.cycle[?(@.goal.id == '" + SeedWorldIds.NURSE + "')].stage")
        .entityList(String.class)
        .containsExactly("VALUE");
    cycle.path("learner.validations").entityList(Map.class).hasSize(1);
  }

  @Test
  void aGoalIsMovedExplicitlyByTheAdviserAndTheHistoryIsKept() {
    learnerId = Portfolios.create(tester);

    var moved =
        Portfolios.owner(tester)
            .document(
                """
                mutation($id: ID!, $goal: ID!) {
                  setGoalStage(learnerId: $id, goalId: $goal, stage: DEVELOP, note: "plan agreed") {
                    stage history { stage reason actor }
                  }
                }
                """)
            .variable("id", learnerId)
            .variable("goal", SeedWorldIds.NURSE)
            .execute();

    moved.path("setGoalStage.stage").entity(String.class).isEqualTo("DEVELOP");
    moved
        .path("setGoalStage.history[*].stage")
        .entityList(String.class)
        .containsExactly("RECOGNISE", "DEVELOP");
    moved.path("setGoalStage.history[1].reason").entity(String.class).isEqualTo("plan agreed");
  }

  @Test
  void everyChangeIsInTheAuditTrailNewestFirst() {
    learnerId = Portfolios.create(tester);
    var experienceId = Portfolios.addExperience(tester, learnerId);
    Portfolios.addClaim(tester, learnerId, experienceId, Portfolios.EATING);

    var trail =
        Portfolios.owner(tester)
            .document(
                "query($id: ID!) { auditTrail(learnerId: $id) { edges { node { actor action detail at } } } }")
            .variable("id", learnerId)
            .execute();

    trail
        .path("auditTrail.edges[*].node.action")
        .entityList(String.class)
        .containsExactly("addClaim", "addExperience", "createLearner");
    trail
        .path("auditTrail.edges[*].node.actor")
        .entityList(String.class)
        .satisfies(actors -> assertThat(actors).containsOnly(Portfolios.OWNER));
    trail
        .path("auditTrail.edges[1].node.detail")
        .entity(String.class)
        .isEqualTo("experience " + experienceId);
  }

  @Test
  void theAuditTrailIsTheLearnersAlone() {
    DemoUsers.as(tester, DemoUsers.ELLA)
        .document("{ auditTrail(learnerId: \"learner-sanne\") { edges { cursor } } }")
        .execute()
        .errors()
        .satisfy(
            errors -> assertThat(errors.get(0).getErrorType().toString()).isEqualTo("FORBIDDEN"));
  }

  private Map<String, String> statuses() {
    var claims =
        Portfolios.owner(tester)
            .document("query($id: ID!) { learner(id: $id) { claims { id status } } }")
            .variable("id", learnerId)
            .execute()
            .path("learner.claims")
            .entityList(Map.class)
            .get();
    var out = new java.util.HashMap<String, String>();
    claims.forEach(c -> out.put((String) c.get("id"), (String) c.get("status")));
    return out;
  }
}
