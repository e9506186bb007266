package org.competenceatlas.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.competenceatlas.SeedWorldIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Every refused input names its field and leaves the graph exactly as it was. */
@AtlasTest
class PortfolioBadInputTest {

  private static final String ADD_EXPERIENCE =
      """
      mutation($id: ID!, $input: ExperienceInput!) { addExperience(learnerId: $id, input: $input) { id } }
      """;
  private static final String ADD_CLAIM =
      "mutation($id: ID!, $input: ClaimInput!) { addClaim(learnerId: $id, input: $input) { id } }";
  private static final String RECORD_VALIDATION =
      "mutation($input: ValidationInput!) { recordValidation(input: $input) { id } }";

  @Autowired HttpGraphQlTester tester;
  @Autowired Driver driver;
  String learnerId;
  String experienceId;
  String claimId;
  long nodesBefore;
  long versionBefore;

  @BeforeEach
  void createAPortfolio() {
    learnerId = Portfolios.create(tester);
    experienceId = Portfolios.addExperience(tester, learnerId);
    claimId = Portfolios.addClaim(tester, learnerId, experienceId, Portfolios.EATING);
    Portfolios.grantAssessor(tester, learnerId);
    nodesBefore = nodeCount();
    versionBefore = version();
  }

  @AfterEach
  void eraseIt() {
    Portfolios.erase(tester, learnerId);
  }

  static Stream<Arguments> badExperienceFields() {
    return Stream.of(
        Arguments.of("an end before the start", "endDate", "2020-01-01"),
        Arguments.of("an empty title", "title", "   "),
        Arguments.of(
            "an oversized description", "description", "x".repeat(InputRules.LONG_TEXT + 1)),
        Arguments.of("a date that is no date", "startDate", "31-12-2020"));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("badExperienceFields")
  void aBadExperienceFieldIsRefusedByName(String what, String field, String value) {
    var input = experience();
    input.put(field, value);
    assertRefused(owner(ADD_EXPERIENCE, input), "input." + field, ErrorType.BAD_REQUEST);
  }

  @Test
  void datesWithSignedOrFiveDigitYearsOrBefore1900AreRefused() {
    for (var date : java.util.List.of("-0001-01-01", "+99999-01-01", "1899-12-31")) {
      var input = experience();
      input.put("startDate", date);
      var response = owner(ADD_EXPERIENCE, input);
      assertRefused(response, "input.startDate", ErrorType.BAD_REQUEST);
      assertThat(errors(response).get(0).getMessage()).startsWith("input.startDate must ");
    }
  }

  @Test
  void aDateWrittenInTheDocumentIsRefusedByNameAsInAVariable() {
    var response =
        Portfolios.owner(tester)
            .document(
                """
                mutation($id: ID!, $c: ID!) {
                  addEvidence(learnerId: $id, input: {claimIds: [$c], kind: DOCUMENT,
                                                      title: "Certificate", date: "2024-13-01"}) { id }
                }
                """)
            .variable("id", learnerId)
            .variable("c", claimId)
            .execute();
    var errors = errors(response);
    assertRefused(response, "input.date", ErrorType.BAD_REQUEST);
    assertThat(errors.get(0).getMessage())
        .isEqualTo("input.date must be an ISO date such as 2024-05-31; got '2024-13-01'");
  }

  @Test
  void anUnknownEnumValueIsRefusedBeforeAnythingRuns() {
    var input = experience();
    input.put("kind", "ACCIDENTAL");
    var errors = errors(owner(ADD_EXPERIENCE, input));
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getErrorType().toString()).isEqualTo("ValidationError");
    assertThat(errors.get(0).getMessage()).contains("ACCIDENTAL").contains("input");
    assertUnchanged();
  }

  static Stream<Arguments> badClaims() {
    return Stream.of(
        Arguments.of(
            "on someone else's experience",
            Portfolios.MOBILITY,
            List.of("own", "exp-sanne-hotel"),
            "input.experienceIds[1]"),
        Arguments.of(
            "of an unknown outcome",
            Portfolios.OUTCOME + "juggling",
            List.of("own"),
            "input.outcomeId"),
        Arguments.of(
            "of an outcome already claimed", Portfolios.EATING, List.of("own"), "input.outcomeId"));
  }

  /** {@code "own"} stands for the learner's own experience, made before each test. */
  @ParameterizedTest(name = "a claim {0} is refused")
  @MethodSource("badClaims")
  void aBadClaimIsRefusedByField(
      String what, String outcomeId, List<String> experiences, String field) {
    var experienceIds =
        experiences.stream().map(id -> id.equals("own") ? experienceId : id).toList();
    var input =
        Map.of("outcomeId", outcomeId, "experienceIds", experienceIds, "proficiency", "BASIC");
    assertRefused(owner(ADD_CLAIM, input), field, ErrorType.BAD_REQUEST);
  }

  @Test
  void anUnknownExperienceIsNotFound() {
    var response =
        Portfolios.owner(tester)
            .document(
                """
                mutation($id: ID!, $input: ExperienceInput!) {
                  updateExperience(learnerId: $id, experienceId: "exp-sanne-hotel", input: $input) { id }
                }
                """)
            .variable("id", learnerId)
            .variable("input", experience())
            .execute();
    var errors = errors(response);
    assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
    assertUnchanged();
  }

  @Test
  void anExperienceThatAClaimRestsOnAloneIsNotRemoved() {
    var response =
        Portfolios.owner(tester)
            .document(
                "mutation($id: ID!, $e: ID!) { removeExperience(learnerId: $id, experienceId: $e) }")
            .variable("id", learnerId)
            .variable("e", experienceId)
            .execute();
    assertRefused(response, "experienceId", ErrorType.BAD_REQUEST);
  }

  @Test
  void evidenceDatedInTheFutureIsRefused() {
    var response =
        Portfolios.owner(tester)
            .document(
                """
                mutation($id: ID!, $c: ID!) {
                  addEvidence(learnerId: $id, input: {claimIds: [$c], kind: DOCUMENT,
                                                      title: "Certificate", date: "2999-01-01"}) { id }
                }
                """)
            .variable("id", learnerId)
            .variable("c", claimId)
            .execute();
    assertRefused(response, "input.date", ErrorType.BAD_REQUEST);
  }

  @Test
  void tooManyValuesAreRefused() {
    var values = java.util.Collections.nCopies(InputRules.MAX_PHRASES + 1, "kindness");
    var response =
        Portfolios.owner(tester)
            .document(
                "mutation($id: ID!, $v: [String!]) { updateLearner(learnerId: $id, input: {values: $v}) { id } }")
            .variable("id", learnerId)
            .variable("v", values)
            .execute();
    assertRefused(response, "input.values", ErrorType.BAD_REQUEST);
  }

  @Test
  void anUnknownGoalIsRefused() {
    var response =
        Portfolios.owner(tester)
            .document(
                "mutation($id: ID!) { updateLearner(learnerId: $id, input: {goalIds: [\"astronaut\"]}) { id } }")
            .variable("id", learnerId)
            .execute();
    assertRefused(response, "input.goalIds[0]", ErrorType.BAD_REQUEST);
  }

  @Test
  void aValidationOfAClaimOfAnotherLearnerIsRefusedAndRecordsNothing() {
    var input =
        validation(
            List.of(
                Map.of("claimId", claimId, "result", "CONFIRMED"),
                Map.of("claimId", "claim-sanne-listening", "result", "CONFIRMED")));
    assertRefused(marieke(input), "input.judgements.claimId[1]", ErrorType.BAD_REQUEST);
  }

  @Test
  void aValidationAgainstAnUnknownStandardIsRefused() {
    var input = validation(List.of(Map.of("claimId", claimId, "result", "CONFIRMED")));
    input.put("againstId", "http://data.competence-atlas.org/qualification/astronaut");
    assertRefused(marieke(input), "input.againstId", ErrorType.BAD_REQUEST);
  }

  @Test
  void aValidationByAnAssessorWithoutAnAssessorRecordIsRefused() {
    try (var session = driver.session()) {
      session.run("MATCH (a:Assessor {id: 'assessor-marieke'}) SET a.account = 'marieke-away'");
    }
    try {
      var input = validation(List.of(Map.of("claimId", claimId, "result", "CONFIRMED")));
      var errors = errors(marieke(input));
      assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
      assertThat(errors.get(0).getExtensions()).containsEntry("argument", "input");
      assertThat(errors.get(0).getMessage()).contains("assessor");
    } finally {
      try (var session = driver.session()) {
        session.run("MATCH (a:Assessor {id: 'assessor-marieke'}) SET a.account = 'marieke'");
      }
    }
  }

  @Test
  void anAdviserMayNotRecordAValidation() {
    var input =
        validation(List.of(Map.of("claimId", "claim-sanne-listening", "result", "CONFIRMED")));
    input.put("learnerId", SeedWorldIds.SANNE);
    var errors =
        errors(
            DemoUsers.as(tester, DemoUsers.ELLA)
                .document(RECORD_VALIDATION)
                .variable("input", input)
                .execute());
    assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
  }

  private Map<String, Object> experience() {
    var input = new java.util.HashMap<String, Object>();
    input.put("kind", "INFORMAL");
    input.put("context", "WORK");
    input.put("title", "Night shifts");
    input.put("startDate", "2021-01-01");
    return input;
  }

  private Map<String, Object> validation(List<Map<String, String>> judgements) {
    var input = new java.util.HashMap<String, Object>();
    input.put("learnerId", learnerId);
    input.put("function", "OF_LEARNING");
    input.put("againstId", SeedWorldIds.NURSING_DIPLOMA);
    input.put("comment", "Interview.");
    input.put("judgements", judgements);
    return input;
  }

  private GraphQlTester.Response owner(String document, Map<String, ?> input) {
    return Portfolios.owner(tester)
        .document(document)
        .variable("id", learnerId)
        .variable("input", input)
        .execute();
  }

  private GraphQlTester.Response marieke(Map<String, ?> input) {
    return DemoUsers.as(tester, DemoUsers.MARIEKE)
        .document(RECORD_VALIDATION)
        .variable("input", input)
        .execute();
  }

  private static List<ResponseError> errors(GraphQlTester.Response response) {
    var errors = new java.util.ArrayList<ResponseError>();
    response.errors().satisfy(errors::addAll);
    return errors;
  }

  private void assertRefused(GraphQlTester.Response response, String field, ErrorType type) {
    var errors = errors(response);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getErrorType()).isEqualTo(type);
    assertThat(errors.get(0).getExtensions()).containsEntry("argument", field);
    assertUnchanged();
  }

  /** The failed mutation had taken the lock (a write) before it failed: both are rolled back. */
  private void assertUnchanged() {
    assertThat(nodeCount()).isEqualTo(nodesBefore);
    assertThat(version()).isEqualTo(versionBefore);
  }

  /**
   * Nodes of the kinds a portfolio's mutations write. Not the whole graph: the shared test
   * context's background work (such as the seed world's meaning layer) may write other nodes at any
   * moment. A whole-graph count once grew by one node during a refused claim, in a run whose
   * changes touched only test code; which node it was is not known.
   */
  private long nodeCount() {
    try (var session = driver.session()) {
      return session
          .run(
              "MATCH (n) WHERE any(label IN labels(n) WHERE label IN $portfolio)"
                  + " RETURN count(n) AS n",
              Map.of("portfolio", PORTFOLIO_LABELS))
          .single()
          .get("n")
          .asLong();
    }
  }

  private static final List<String> PORTFOLIO_LABELS =
      List.of(
          "Learner",
          "Experience",
          "Claim",
          "Evidence",
          "Validation",
          "AuditEvent",
          "GoalStage",
          "DevelopmentPlan",
          "PlanItem",
          "AccessGrant");

  private long version() {
    try (var session = driver.session()) {
      return session
          .run("MATCH (l:Learner {id: $id}) RETURN l.version AS v", Map.of("id", learnerId))
          .single()
          .get("v")
          .asLong();
    }
  }
}
