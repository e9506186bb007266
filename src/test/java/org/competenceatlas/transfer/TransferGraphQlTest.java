package org.competenceatlas.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.competenceatlas.SeedWorldIds.BASIC_CARE_UNIT;
import static org.competenceatlas.SeedWorldIds.HOTEL_RECEPTIONIST;
import static org.competenceatlas.SeedWorldIds.INFORMING_CLIENTS_GROUP;
import static org.competenceatlas.SeedWorldIds.INFORM_GUESTS;
import static org.competenceatlas.SeedWorldIds.INFORM_PATIENTS;
import static org.competenceatlas.SeedWorldIds.NURSE;
import static org.competenceatlas.SeedWorldIds.NURSING_DIPLOMA;
import static org.competenceatlas.SeedWorldIds.SANNE;
import static org.competenceatlas.SeedWorldIds.outcome;

import java.util.List;
import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@AtlasTest
class TransferGraphQlTest {

  HttpGraphQlTester graphQl;

  @Autowired
  void signInAsSanne(HttpGraphQlTester tester) {
    graphQl = DemoUsers.as(tester, DemoUsers.SANNE);
  }

  @Test
  void findsCommunicationTransferFromReceptionistToNurseThroughASharedGroup() {
    var matches = receptionistToNurse().path("transfer.matches").entityList(Map.class).get();

    var informing =
        matches.stream()
            .filter(m -> INFORM_PATIENTS.equals(((Map<?, ?>) m.get("required")).get("id")))
            .findFirst()
            .orElseThrow();
    assertThat(((Map<?, ?>) informing.get("held")).get("id"))
        .isIn(INFORM_GUESTS, outcome("answer-telephone-enquiries"));
    assertThat(informing.get("kind")).isEqualTo("SHARED_GROUP");
    var path = (Map<?, ?>) informing.get("path");
    assertThat(
            ((List<?>) path.get("steps"))
                .stream()
                    .map(step -> (Object) ((Map<?, ?>) ((Map<?, ?>) step).get("concept")).get("id"))
                    .toList())
        .containsExactly(
            ((Map<?, ?>) informing.get("held")).get("id"),
            INFORMING_CLIENTS_GROUP,
            INFORM_PATIENTS);
    assertThat((String) path.get("text")).contains(" → informing clients and the public ← ");
  }

  @Test
  void theReceptionistAndTheNurseShareAtMostOneEssentialOutcomeExactly() {
    var matches = receptionistToNurse().path("transfer.matches").entityList(Map.class).get();

    assertThat(matches).extracting(m -> m.get("kind")).contains("SHARED_GROUP");
    assertThat(matches)
        .filteredOn(m -> "ESSENTIAL".equals(m.get("importance")) && "SAME".equals(m.get("kind")))
        .hasSize(1);
  }

  @Test
  void theContributionsOfTheMatchesAddUpToTheScore() {
    var response = receptionistToNurse();
    double score = response.path("transfer.score").entity(Double.class).get();
    var contributions =
        response.path("transfer.matches[*].contribution").entityList(Double.class).get();
    var parts = response.path("transfer.parts").entity(Map.class).get();

    assertThat(score).isBetween(0.01, 0.99);
    assertThat(contributions.stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(score, within(1e-9));
    assertThat(
            number(parts, "essentialShare") * number(parts, "essentialCoverage")
                + number(parts, "optionalShare") * number(parts, "optionalCoverage"))
        .isCloseTo(score, within(1e-9));
    assertThat(number(parts, "essentialShare")).isGreaterThan(number(parts, "optionalShare"));
  }

  @Test
  void transferIsDirectional() {
    double there = receptionistToNurse().path("transfer.score").entity(Double.class).get();
    double back =
        transfer(Map.of("occupationId", NURSE), Map.of("occupationId", HOTEL_RECEPTIONIST))
            .path("transfer.score")
            .entity(Double.class)
            .get();

    assertThat(there).isNotCloseTo(back, within(1e-6));
  }

  @Test
  void theGapListsMissingEssentialsMostImportantFirstAndOffersCloseThem() {
    var response = receptionistToNurse();
    var gap = response.path("transfer.gap").entityList(Map.class).get();
    var offers = response.path("transfer.offers").entityList(Map.class).get();

    assertThat(gap).isNotEmpty();
    var priorities =
        gap.stream().map(g -> number(g, "weight") * (1 - number(g, "support"))).toList();
    assertThat(priorities).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(gap).allSatisfy(g -> assertThat(number(g, "support")).isLessThan(0.5));
    List<Object> gapIds =
        gap.stream().map(g -> (Object) ((Map<?, ?>) g.get("outcome")).get("id")).toList();
    assertThat(offers).isNotEmpty();
    assertThat(offers)
        .allSatisfy(
            offer ->
                assertThat((List<?>) offer.get("closes"))
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(gapIds).contains(((Map<?, ?>) c).get("id"))));
  }

  @Test
  void showsWhichUnitsOfTheNursingDiplomaSanneAlreadyCovers() {
    var units =
        transfer(Map.of("learnerId", SANNE), Map.of("qualificationId", NURSING_DIPLOMA))
            .path("transfer.units")
            .entityList(Map.class)
            .get();

    var basicCare =
        units.stream().filter(u -> BASIC_CARE_UNIT.equals(u.get("id"))).findFirst().orElseThrow();
    assertThat(basicCare.get("covered")).isEqualTo(true);
    assertThat((List<?>) basicCare.get("missing")).isEmpty();
    assertThat(units).anySatisfy(u -> assertThat(u.get("covered")).isEqualTo(false));
  }

  @Test
  void aLearnerSourceIsDescribedByTheLearnersName() {
    transfer(Map.of("learnerId", SANNE), Map.of("occupationId", NURSE))
        .path("transfer.from.kind")
        .entity(String.class)
        .isEqualTo("LEARNER")
        .path("transfer.from.label")
        .entity(String.class)
        .satisfies(name -> assertThat(name).startsWith("Sanne"));
  }

  @Test
  void unknownIdsAreNotFound() {
    assertErrorType(
        transfer(Map.of("occupationId", "nope"), Map.of("occupationId", NURSE)),
        ErrorType.NOT_FOUND);
    assertErrorType(
        transfer(Map.of("occupationId", NURSE), Map.of("qualificationId", "nope")),
        ErrorType.NOT_FOUND);
  }

  @Test
  void anUnknownLearnerIsRefusedLikeALearnerWhoGaveNoGrant() {
    assertErrorType(
        transfer(Map.of("learnerId", "nobody"), Map.of("occupationId", NURSE)),
        ErrorType.FORBIDDEN);
  }

  @Test
  void aSourceOrTargetNamingTwoThingsIsABadRequest() {
    assertErrorType(
        transfer(Map.of("occupationId", NURSE, "learnerId", SANNE), Map.of("occupationId", NURSE)),
        ErrorType.BAD_REQUEST);
    assertErrorType(transfer(Map.of("occupationId", NURSE), Map.of()), ErrorType.BAD_REQUEST);
  }

  @Test
  void groupsTheNursesEssentialOutcomesByCompetenceAreaWithWhatCarriesOverInEach() {
    var response = receptionistToNurse();
    var areas = response.path("transfer.areas").entityList(Map.class).get();
    int essential = response.path("transfer.parts.essentialCount").entity(Integer.class).get();

    assertThat(areas.stream().mapToInt(a -> ((Number) a.get("requiredCount")).intValue()).sum())
        .isEqualTo(essential);
    var communication =
        areas.stream()
            .filter(
                a -> a.get("area") != null && "S1".equals(((Map<?, ?>) a.get("area")).get("code")))
            .findFirst()
            .orElseThrow();
    assertThat(((Number) communication.get("supportedCount")).intValue()).isPositive();
    assertThat((List<?>) communication.get("matches"))
        .extracting(m -> (Object) ((Map<?, ?>) ((Map<?, ?>) m).get("required")).get("id"))
        .contains(INFORM_PATIENTS);
    assertThat(areas)
        .allSatisfy(
            a -> {
              int supported = ((Number) a.get("supportedCount")).intValue();
              int covered = ((Number) a.get("coveredCount")).intValue();
              assertThat(covered).isBetween(0, supported);
              assertThat(supported).isBetween(0, ((Number) a.get("requiredCount")).intValue());
              assertThat(((Number) a.get("coverage")).doubleValue()).isBetween(0.0, 1.0);
            });
    // The areas with the most supported outcomes come first.
    assertThat(areas)
        .extracting(a -> ((Number) a.get("supportedCount")).intValue())
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void aMatchOfTheMeaningLayerCarriesItsCalibratedScoreAndOthersNone() {
    var matches = receptionistToNurse().path("transfer.matches").entityList(Map.class).get();

    assertThat(matches)
        .allSatisfy(
            m -> {
              var kind = m.get("kind");
              if ("SIMILAR".equals(kind) || "SHARED_GROUP".equals(kind)) {
                assertThat(((Number) m.get("similarity")).doubleValue()).isBetween(0.7, 1.0);
              } else {
                assertThat(m.get("similarity")).isNull();
              }
            });
    assertThat(matches).extracting(m -> m.get("kind")).doesNotContain("SHARED_ANCESTOR");
  }

  private GraphQlTester.Response receptionistToNurse() {
    return transfer(Map.of("occupationId", HOTEL_RECEPTIONIST), Map.of("occupationId", NURSE));
  }

  private GraphQlTester.Response transfer(Map<String, Object> from, Map<String, Object> to) {
    return graphQl.documentName("transfer").variable("from", from).variable("to", to).execute();
  }

  static void assertErrorType(GraphQlTester.Response response, ErrorType type) {
    response
        .errors()
        .satisfy(
            errors -> {
              assertThat(errors).hasSize(1);
              assertThat(errors.get(0).getErrorType()).isEqualTo(type);
            });
  }

  static double number(Map<?, ?> map, String key) {
    return ((Number) map.get(key)).doubleValue();
  }
}
