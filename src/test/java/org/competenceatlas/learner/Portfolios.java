package org.competenceatlas.learner;

import java.util.Map;
import org.competenceatlas.DemoUsers;
import org.competenceatlas.SeedWorldIds;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Fresh portfolios for tests that change data, so the seed learners other tests read stay as they
 * are. They belong to the researcher Rui, the one demo user without a portfolio of their own whom
 * no other test expects to own one; {@link #erase} removes it again through the API.
 */
final class Portfolios {

  static final String OWNER = DemoUsers.RUI_RESEARCHER;
  static final String OUTCOME = "http://data.competence-atlas.org/outcome/";
  static final String EATING = OUTCOME + "assist-eating-drinking";
  static final String MOBILITY = OUTCOME + "support-mobility";
  static final String HYGIENE = OUTCOME + "apply-hand-hygiene";
  static final String OBSERVING = OUTCOME + "observe-client-condition";
  static final String DIGNITY = OUTCOME + "respect-client-dignity";

  private Portfolios() {}

  static HttpGraphQlTester owner(HttpGraphQlTester tester) {
    return DemoUsers.as(tester, OWNER);
  }

  /** Creates Rui's portfolio aiming at the nursing diploma; answers its id. */
  static String create(HttpGraphQlTester tester) {
    return owner(tester)
        .document(
            """
            mutation($goals: [ID!]) {
              createLearner(input: {displayName: "Rui Test", preferredLanguage: "nl",
                                    goalIds: $goals, values: ["curiosity"]})
            }
            """)
        .variable("goals", java.util.List.of(SeedWorldIds.NURSING_DIPLOMA, SeedWorldIds.NURSE))
        .execute()
        .path("createLearner")
        .entity(String.class)
        .get();
  }

  static String addExperience(HttpGraphQlTester tester, String learnerId) {
    return owner(tester)
        .document(
            """
            mutation($id: ID!) {
              addExperience(learnerId: $id, input: {kind: INFORMAL, context: VOLUNTEERING,
                title: "Volunteer in a care home", startDate: "2021-01-09"}) { id }
            }
            """)
        .variable("id", learnerId)
        .execute()
        .path("addExperience.id")
        .entity(String.class)
        .get();
  }

  static String addClaim(
      HttpGraphQlTester tester, String learnerId, String experienceId, String outcomeId) {
    return owner(tester)
        .document(
            """
            mutation($id: ID!, $input: ClaimInput!) {
              addClaim(learnerId: $id, input: $input) { id status }
            }
            """)
        .variable("id", learnerId)
        .variable(
            "input",
            Map.of(
                "outcomeId",
                outcomeId,
                "experienceIds",
                java.util.List.of(experienceId),
                "proficiency",
                "INTERMEDIATE"))
        .execute()
        .path("addClaim.id")
        .entity(String.class)
        .get();
  }

  static void addEvidence(HttpGraphQlTester tester, String learnerId, String... claimIds) {
    owner(tester)
        .document(
            """
            mutation($id: ID!, $claims: [ID!]!) {
              addEvidence(learnerId: $id, input: {claimIds: $claims, kind: REFERENCE,
                title: "Reference from the care team", date: "2024-04-15"}) { id }
            }
            """)
        .variable("id", learnerId)
        .variable("claims", java.util.List.of(claimIds))
        .execute()
        .path("addEvidence.id")
        .hasValue();
  }

  /** Lets Marieke record validations for the learner. */
  static void grantAssessor(HttpGraphQlTester tester, String learnerId) {
    owner(tester)
        .document(
            """
            mutation($id: ID!) {
              grantAccess(learnerId: $id, grant: {grantee: "marieke", role: ASSESSOR}) { id }
            }
            """)
        .variable("id", learnerId)
        .execute()
        .path("grantAccess.id")
        .hasValue();
  }

  static void erase(HttpGraphQlTester tester, String learnerId) {
    if (learnerId == null) {
      return;
    }
    owner(tester)
        .document(
            "mutation($id: ID!) { erasePersonalData(learnerId: $id, confirm: true) { nodesDeleted } }")
        .variable("id", learnerId)
        .execute()
        .path("erasePersonalData.nodesDeleted")
        .hasValue();
  }
}
