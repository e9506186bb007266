package org.competenceatlas.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competenceatlas.SeedWorldIds.BASIC_CARE_UNIT;
import static org.competenceatlas.SeedWorldIds.NURSING_DIPLOMA;
import static org.competenceatlas.SeedWorldIds.SANNE;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@AtlasTest
class DevelopmentGraphQlTest {

  private static final String OUTCOME = "http://data.competence-atlas.org/outcome/";
  private static final String PLAN_FIELDS =
      "id goalId status acceptedBy items { id status opportunity { id } closes { id } }"
          + " progress { gapOutcomeCount validatedCount share goalReached remaining { id } }";

  @Autowired HttpGraphQlTester tester;
  @Autowired MeterRegistry meters;
  String learnerId;

  @AfterEach
  void eraseTheTestPortfolio() {
    if (learnerId != null) {
      rui()
          .document(
              "mutation($id: ID!) { erasePersonalData(learnerId: $id, confirm: true) { nodesDeleted } }")
          .variable("id", learnerId)
          .execute()
          .path("erasePersonalData.nodesDeleted")
          .hasValue();
    }
  }

  @Test
  void sanneHasTheBasicCareUnitCreditedAndHerUnvalidatedClaimsMarkedApart() {
    var gap =
        sanne()
            .document(
                """
                query($l: ID!, $q: ID!) {
                  qualificationGap(learnerId: $l, qualificationId: $q) {
                    exemptUnitCount remainingOutcomeCount
                    units { unit { id } exempt validated { outcome { id } status }
                            notYetValidated { status } remaining { id } }
                  }
                }
                """)
            .variable("l", SANNE)
            .variable("q", NURSING_DIPLOMA)
            .execute();

    gap.path("qualificationGap.exemptUnitCount").entity(Integer.class).isEqualTo(1);
    var units = gap.path("qualificationGap.units").entityList(Map.class).get();
    var basicCare =
        units.stream()
            .filter(u -> BASIC_CARE_UNIT.equals(((Map<?, ?>) u.get("unit")).get("id")))
            .findFirst()
            .orElseThrow();
    assertThat(basicCare.get("exempt")).isEqualTo(true);
    assertThat((List<?>) basicCare.get("validated")).hasSize(5);
    assertThat((List<?>) basicCare.get("remaining")).isEmpty();
    var notYet =
        units.stream().flatMap(u -> ((List<Map<?, ?>>) u.get("notYetValidated")).stream()).toList();
    assertThat(notYet).isNotEmpty();
    assertThat(notYet)
        .allSatisfy(c -> assertThat(c.get("status")).isIn("EVIDENCED", "SELF_ASSESSED"));
    assertThat(units).filteredOn(u -> !((List<?>) u.get("remaining")).isEmpty()).isNotEmpty();
  }

  @Test
  void sannesProposedPlanTowardsTheNursingDiplomaLeavesOutWhatSheHasValidated() {
    var proposal =
        sanne()
            .document(
                """
                query($l: ID!, $g: ID!) {
                  developmentPlanProposal(learnerId: $l, goalId: $g) {
                    goal { id } score gap { outcome { id } } offers { opportunity { id } closes { id } }
                  }
                }
                """)
            .variable("l", SANNE)
            .variable("g", NURSING_DIPLOMA)
            .execute();

    var gap =
        proposal.path("developmentPlanProposal.gap[*].outcome.id").entityList(String.class).get();
    assertThat(gap)
        .isNotEmpty()
        .doesNotContain(OUTCOME + "assist-eating-drinking", OUTCOME + "apply-hand-hygiene");
    var closed =
        proposal
            .path("developmentPlanProposal.offers[*].closes[*].id")
            .entityList(String.class)
            .get();
    assertThat(closed).isNotEmpty();
    assertThat(gap).containsAll(closed);
    assertThat(closed).doesNotHaveDuplicates();
  }

  @Test
  void aPlanIsAcceptedEditedSupersededAndProgressesAsClaimsGetValidated() {
    learnerId = createLearner();
    var plan = acceptProposal().path("acceptDevelopmentPlan").entity(Map.class).get();
    assertThat(plan.get("status")).isEqualTo("ACTIVE");
    var items = (List<Map<String, Object>>) plan.get("items");
    assertThat(items)
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.get("status")).isEqualTo("PLANNED"));
    var progress = (Map<String, Object>) plan.get("progress");
    assertThat(progress.get("validatedCount")).isEqualTo(0);
    assertThat((Integer) progress.get("gapOutcomeCount")).isPositive();

    var itemId = (String) items.get(0).get("id");
    rui()
        .document(
            "mutation($l: ID!, $i: ID!) { setPlanItemStatus(learnerId: $l, itemId: $i, status: IN_PROGRESS) { items { id status } } }")
        .variable("l", learnerId)
        .variable("i", itemId)
        .execute()
        .path("setPlanItemStatus.items[0].status")
        .entity(String.class)
        .isEqualTo("IN_PROGRESS");
    rui()
        .document(
            "mutation($l: ID!, $i: ID!) { removePlanItem(learnerId: $l, itemId: $i) { items { id } } }")
        .variable("l", learnerId)
        .variable("i", itemId)
        .execute()
        .path("removePlanItem.items")
        .entityList(Map.class)
        .hasSize(items.size() - 1);

    validate(learnerId, OUTCOME + "assist-eating-drinking");

    var plans =
        rui()
            .document(
                "query($l: ID!) { developmentPlans(learnerId: $l) { "
                    + PLAN_FIELDS
                    + " } learner(id: $l) { cycle { goal { id } stage } } }")
            .variable("l", learnerId)
            .execute();
    plans.path("developmentPlans[0].progress.validatedCount").entity(Integer.class).isEqualTo(1);
    plans
        .path("learner.cycle[?(@.goal.id == '" + NURSING_DIPLOMA + "')].stage")
        .entityList(String.class)
        .containsExactly("DEVELOP");

    rui()
        .document(
            "mutation($l: ID!, $g: ID!) { acceptDevelopmentPlan(learnerId: $l, goalId: $g) { id } }")
        .variable("l", learnerId)
        .variable("g", NURSING_DIPLOMA)
        .execute()
        .path("acceptDevelopmentPlan.id")
        .hasValue();
    rui()
        .document("query($l: ID!) { developmentPlans(learnerId: $l) { status } }")
        .variable("l", learnerId)
        .execute()
        .path("developmentPlans[*].status")
        .entityList(String.class)
        .containsExactly("ACTIVE", "SUPERSEDED");
  }

  @Test
  void anAddedItemGoesLastAndAnItemOfASupersededPlanIsKeptAsItWas() {
    learnerId = createLearner();
    var items = acceptProposal().path("acceptDevelopmentPlan.items").entityList(Map.class).get();
    assertThat(items).as("the proposal for a new learner").hasSizeGreaterThanOrEqualTo(3);
    var first = (String) items.get(0).get("id");
    var firstOpportunity = (String) ((Map<?, ?>) items.get(0).get("opportunity")).get("id");
    var third = (String) items.get(2).get("id");
    removeItem(first).path("removePlanItem.items").entityList(Map.class).hasSize(items.size() - 1);
    removeItem((String) items.get(1).get("id"));

    var planId = acceptedPlanId();
    var readded =
        rui()
            .document(
                "mutation($l: ID!, $p: ID!, $o: ID!) { addPlanItem(learnerId: $l, planId: $p,"
                    + " opportunityId: $o) { items { id opportunity { id } } } }")
            .variable("l", learnerId)
            .variable("p", planId)
            .variable("o", firstOpportunity)
            .execute()
            .path("addPlanItem.items[*].opportunity.id")
            .entityList(String.class)
            .get();
    assertThat(readded).last().isEqualTo(firstOpportunity);

    acceptProposal();
    for (var change :
        List.of(
            "mutation($l: ID!, $i: ID!) { removePlanItem(learnerId: $l, itemId: $i) { id } }",
            "mutation($l: ID!, $i: ID!) { setPlanItemStatus(learnerId: $l, itemId: $i,"
                + " status: DONE) { id } }")) {
      rui()
          .document(change)
          .variable("l", learnerId)
          .variable("i", third)
          .execute()
          .errors()
          .satisfy(
              errors -> {
                assertThat(errors.get(0).getErrorType()).hasToString("BAD_REQUEST");
                assertThat(errors.get(0).getExtensions()).containsEntry("argument", "itemId");
                assertThat(errors.get(0).getMessage()).contains("SUPERSEDED");
              });
    }
    rui()
        .document("query($l: ID!) { developmentPlans(learnerId: $l) { id items { id status } } }")
        .variable("l", learnerId)
        .execute()
        .path("developmentPlans[?(@.id == '" + planId + "')].items[*].status")
        .entityList(String.class)
        .satisfies(
            statuses -> assertThat(statuses).hasSize(items.size() - 1).containsOnly("PLANNED"));
  }

  @Test
  void aPlanWithAnEmptyListOfOpportunitiesIsRefusedAndNothingIsStored() {
    learnerId = createLearner();
    rui()
        .document(
            "mutation($l: ID!, $g: ID!) { acceptDevelopmentPlan(learnerId: $l, goalId: $g,"
                + " opportunityIds: []) { id } }")
        .variable("l", learnerId)
        .variable("g", NURSING_DIPLOMA)
        .execute()
        .errors()
        .satisfy(
            e -> assertThat(e.get(0).getExtensions()).containsEntry("argument", "opportunityIds"));
    assertNoPlanIsStored();
  }

  private void assertNoPlanIsStored() {
    rui()
        .document("query($l: ID!) { developmentPlans(learnerId: $l) { id } }")
        .variable("l", learnerId)
        .execute()
        .path("developmentPlans")
        .entityList(Map.class)
        .hasSize(0);
  }

  private GraphQlTester.Response acceptProposal() {
    return rui()
        .document(
            "mutation($l: ID!, $g: ID!) { acceptDevelopmentPlan(learnerId: $l, goalId: $g) { "
                + PLAN_FIELDS
                + " } }")
        .variable("l", learnerId)
        .variable("g", NURSING_DIPLOMA)
        .execute();
  }

  private GraphQlTester.Response removeItem(String itemId) {
    return rui()
        .document(
            "mutation($l: ID!, $i: ID!) { removePlanItem(learnerId: $l, itemId: $i) { items { id } } }")
        .variable("l", learnerId)
        .variable("i", itemId)
        .execute();
  }

  private String acceptedPlanId() {
    return rui()
        .document("query($l: ID!) { developmentPlans(learnerId: $l) { id status } }")
        .variable("l", learnerId)
        .execute()
        .path("developmentPlans[?(@.status == 'ACTIVE')].id")
        .entityList(String.class)
        .get()
        .get(0);
  }

  @Test
  void aPlanTowardsSomethingThatIsNotAGoalOrWithAnUnknownOfferIsRefused() {
    learnerId = createLearner();
    rui()
        .document(
            "mutation($l: ID!) { acceptDevelopmentPlan(learnerId: $l, goalId: \"http://data.competence-atlas.org/occupation/welder\") { id } }")
        .variable("l", learnerId)
        .execute()
        .errors()
        .satisfy(e -> assertThat(e.get(0).getExtensions()).containsEntry("argument", "goalId"));
    rui()
        .document(
            "mutation($l: ID!, $g: ID!) { acceptDevelopmentPlan(learnerId: $l, goalId: $g, opportunityIds: [\"nowhere\"]) { id } }")
        .variable("l", learnerId)
        .variable("g", NURSING_DIPLOMA)
        .execute()
        .errors()
        .satisfy(
            e ->
                assertThat(e.get(0).getExtensions())
                    .containsEntry("argument", "opportunityIds[0]"));
    assertNoPlanIsStored();
  }

  @Test
  void theLearnerMapDrawsExperiencesClaimsAndBoundedDestinationsInOneRequest() {
    var map =
        sanne()
            .document(
                """
                query($l: ID!) {
                  learnerMap(learnerId: $l, destinations: 3) {
                    experiences { id }
                    claims { id status evidenceCount experienceIds outcome { id } }
                    occupations { to { id kind } score claimIds }
                    qualifications { to { id } score claimIds }
                  }
                }
                """)
            .variable("l", SANNE)
            .execute();

    map.path("learnerMap.experiences").entityList(Map.class).hasSize(5);
    var claims = map.path("learnerMap.claims").entityList(Map.class).get();
    assertThat(claims).hasSize(19);
    assertThat(claims)
        .filteredOn(c -> "EVIDENCED".equals(c.get("status")))
        .allSatisfy(c -> assertThat((Integer) c.get("evidenceCount")).isPositive());
    assertThat(claims).allSatisfy(c -> assertThat((List<?>) c.get("experienceIds")).isNotEmpty());
    var occupations = map.path("learnerMap.occupations").entityList(Map.class).get();
    assertThat(occupations).hasSize(3);
    assertThat(occupations)
        .extracting(o -> (Double) o.get("score"))
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(occupations).allSatisfy(o -> assertThat((List<?>) o.get("claimIds")).isNotEmpty());
    map.path("learnerMap.qualifications").entityList(Map.class).hasSize(3);
  }

  @Test
  void theLearnerMapReadsTheGraphAsOftenForEightClaimsAsForOne() {
    learnerId = createLearner();
    claim(learnerId, OUTCOME + "inform-guests-hotel-services");
    long forOne = queriesForOneLearnerMap();
    for (var outcome :
        List.of(
            "recommend-local-attractions",
            "inform-patients-relatives",
            "provide-customer-information",
            "answer-telephone-enquiries",
            "inform-parents-about-child",
            "assist-eating-drinking",
            "apply-hand-hygiene")) {
      claim(learnerId, OUTCOME + outcome);
    }

    long forMany = queriesForOneLearnerMap();

    assertThat(forMany).isEqualTo(forOne);
    // The owner's access decision and the portfolio; taxonomy and destinations come from memory,
    // whose stamp the test profile checks against the graph at each of its two uses.
    assertThat(forOne).isLessThanOrEqualTo(4);
  }

  /**
   * The Cypher statements one learner map sends, as the Neo4j driver's metrics count them: the
   * fewest of three requests, so a background check of the taxonomy stamp does not count.
   */
  private long queriesForOneLearnerMap() {
    long fewest = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long before = statementsRun();
      rui()
          .document(
              "query($l: ID!) { learnerMap(learnerId: $l) { claims { id outcome { label } }"
                  + " occupations { to { id } claimIds } qualifications { score } } }")
          .variable("l", learnerId)
          .execute()
          .path("learnerMap.claims")
          .hasValue();
      fewest = Math.min(fewest, statementsRun() - before);
    }
    return fewest;
  }

  private long statementsRun() {
    return meters.find("neo4j.db.client.transaction.run.duration").timers().stream()
            .mapToLong(Timer::count)
            .sum()
        + meters.find("neo4j.db.client.session.run.duration").timers().stream()
            .mapToLong(Timer::count)
            .sum();
  }

  @Test
  void theLearnerMapRefusesTooManyDestinations() {
    sanne()
        .document("query($l: ID!) { learnerMap(learnerId: $l, destinations: 21) { learnerId } }")
        .variable("l", SANNE)
        .execute()
        .errors()
        .satisfy(
            e -> {
              assertThat(e.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
              assertThat(e.get(0).getExtensions()).containsEntry("argument", "destinations");
            });
  }

  private HttpGraphQlTester sanne() {
    return DemoUsers.as(tester, DemoUsers.SANNE);
  }

  private HttpGraphQlTester rui() {
    return DemoUsers.as(tester, DemoUsers.RUI_RESEARCHER);
  }

  private String createLearner() {
    return rui()
        .document(
            "mutation($g: [ID!]) { createLearner(input: {displayName: \"Rui Plan\", goalIds: $g}) }")
        .variable("g", List.of(NURSING_DIPLOMA))
        .execute()
        .path("createLearner")
        .entity(String.class)
        .get();
  }

  /** Adds an informal experience and a claim on the outcome to it; returns the claim's id. */
  private String claim(String learner, String outcomeId) {
    var experience =
        rui()
            .document(
                "mutation($l: ID!) { addExperience(learnerId: $l, input: {kind: INFORMAL, context: CARE, title: \"Care\", startDate: \"2020-01-01\"}) { id } }")
            .variable("l", learner)
            .execute()
            .path("addExperience.id")
            .entity(String.class)
            .get();
    return rui()
        .document(
            "mutation($l: ID!, $o: ID!, $e: ID!) { addClaim(learnerId: $l, input: {outcomeId: $o, experienceIds: [$e], proficiency: BASIC}) { id } }")
        .variable("l", learner)
        .variable("o", outcomeId)
        .variable("e", experience)
        .execute()
        .path("addClaim.id")
        .entity(String.class)
        .get();
  }

  /** Claims the outcome, attaches evidence and has Marieke confirm it summatively. */
  private void validate(String learner, String outcomeId) {
    var claim = claim(learner, outcomeId);
    rui()
        .document(
            "mutation($l: ID!) { grantAccess(learnerId: $l, grant: {grantee: \"marieke\", role: ASSESSOR}) { id } }")
        .variable("l", learner)
        .execute()
        .path("grantAccess.id")
        .hasValue();
    DemoUsers.as(tester, DemoUsers.MARIEKE)
        .document(
            "mutation($l: ID!, $c: ID!, $q: ID!) { recordValidation(input: {learnerId: $l, function: OF_LEARNING, againstId: $q, comment: \"Observed.\", judgements: [{claimId: $c, result: CONFIRMED}]}) { id } }")
        .variable("l", learner)
        .variable("c", claim)
        .variable("q", NURSING_DIPLOMA)
        .execute()
        .path("recordValidation.id")
        .hasValue();
  }
}
