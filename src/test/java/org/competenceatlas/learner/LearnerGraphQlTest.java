package org.competenceatlas.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competenceatlas.SeedWorldIds.NURSE;

import java.util.List;
import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@AtlasTest
class LearnerGraphQlTest {

  HttpGraphQlTester graphQl;

  @Autowired
  void signInAsSanne(HttpGraphQlTester tester) {
    graphQl = DemoUsers.as(tester, DemoUsers.SANNE);
  }

  @Test
  void sanneHasFormalNonFormalAndInformalExperiencesMostRecentFirst() {
    var experiences =
        graphQl
            .documentName("learner")
            .variable("id", "learner-sanne")
            .execute()
            .path("learner.experiences")
            .entityList(Map.class)
            .get();

    assertThat(experiences)
        .extracting(e -> e.get("kind"))
        .contains("FORMAL", "NON_FORMAL", "INFORMAL");
    var starts = experiences.stream().map(e -> (String) e.get("startDate")).toList();
    assertThat(starts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(experiences)
        .filteredOn(e -> e.get("endDate") == null)
        .allSatisfy(e -> assertThat(e.get("ongoing")).isEqualTo(true));
  }

  @Test
  void sanneAimsAtNursingAndHasClaimsAtEveryStageOfSupport() {
    var response = graphQl.documentName("learner").variable("id", "learner-sanne").execute();

    response.path("learner.goals[*].id").entityList(String.class).contains(NURSE);
    response
        .path("learner.claims[*].status")
        .entityList(String.class)
        .contains("SELF_ASSESSED", "EVIDENCED", "VALIDATED");
    response
        .path("learner.claims")
        .entityList(Map.class)
        .satisfies(
            claims -> {
              assertThat(claims)
                  .allSatisfy(c -> assertThat((List<?>) c.get("supportedBy")).isNotEmpty());
              assertThat(claims)
                  .filteredOn(c -> "EVIDENCED".equals(c.get("status")))
                  .allSatisfy(c -> assertThat((List<?>) c.get("evidence")).isNotEmpty());
            });
  }

  @Test
  void anUnknownLearnerIsRefusedSoThatIdsCannotBeProbed() {
    graphQl
        .documentName("learner")
        .variable("id", "learner-nobody")
        .execute()
        .errors()
        .satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
  }

  @Test
  void anUnknownLearnerAndOneWithoutAGrantGetTheSameRefusalThatNamesBothMeanings() {
    var unknown = refusal("learner-nobody");
    var notGranted = refusal("learner-daan");

    assertThat(unknown)
        .isEqualTo(
            "You may not see the portfolio of learner 'learner-nobody', or there is no such"
                + " learner. The learner can grant you access as their adviser or assessor.");
    assertThat(notGranted).isEqualTo(unknown.replace("learner-nobody", "learner-daan"));
  }

  private String refusal(String learnerId) {
    var message = new String[1];
    graphQl
        .documentName("learner")
        .variable("id", learnerId)
        .execute()
        .errors()
        .satisfy(errors -> message[0] = errors.get(0).getMessage());
    return message[0];
  }
}
