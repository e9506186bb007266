package org.competenceatlas.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competenceatlas.SeedWorldIds.HOTEL_RECEPTIONIST;
import static org.competenceatlas.SeedWorldIds.INFORMING_CLIENTS_GROUP;
import static org.competenceatlas.SeedWorldIds.INFORM_GUESTS;
import static org.competenceatlas.SeedWorldIds.INFORM_PATIENTS;
import static org.competenceatlas.SeedWorldIds.NURSE;
import static org.competenceatlas.SeedWorldIds.WORK_IN_TEAM;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@AtlasTest
class TaxonomyGraphQlTest {

  @Autowired HttpGraphQlTester graphQl;
  @Autowired Driver driver;

  @Test
  void searchingReceptionistFindsBothReceptionistsAheadOfEverythingElse() {
    var ids =
        graphQl
            .documentName("searchOccupations")
            .variable("text", "receptionist")
            .execute()
            .path("searchOccupations.edges[*].node.id")
            .entityList(String.class)
            .get();

    assertThat(ids.subList(0, 2)).contains(HOTEL_RECEPTIONIST);
  }

  @Test
  void searchingHotelReceptionistFindsItFirst() {
    graphQl
        .documentName("searchOccupations")
        .variable("text", "Hotel receptionist")
        .execute()
        .path("searchOccupations.edges[0].node.id")
        .entity(String.class)
        .isEqualTo(HOTEL_RECEPTIONIST);
  }

  @Test
  void searchMatchesTheStartOfAWord() {
    graphQl
        .documentName("searchOccupations")
        .variable("text", "recept")
        .execute()
        .path("searchOccupations.edges[*].node.id")
        .entityList(String.class)
        .contains(HOTEL_RECEPTIONIST);
  }

  @Test
  void searchFindsDutchAlternativeLabelsAndAnswersInDutch() {
    var response =
        graphQl
            .documentName("searchOccupations")
            .variable("text", "baliemedewerker")
            .variable("language", "nl")
            .execute();

    response
        .path("searchOccupations.edges[0].node.id")
        .entity(String.class)
        .isEqualTo(HOTEL_RECEPTIONIST);
    response
        .path("searchOccupations.edges[0].node.label")
        .entity(String.class)
        .isEqualTo("hotelreceptionist");
  }

  @Test
  void searchPagesThroughResultsWithCursors() {
    var first =
        graphQl
            .documentName("searchOccupations")
            .variable("text", "assistant")
            .variable("first", 1)
            .execute();
    first.path("searchOccupations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    var firstId = first.path("searchOccupations.edges[0].node.id").entity(String.class).get();
    var cursor = first.path("searchOccupations.pageInfo.endCursor").entity(String.class).get();

    var second =
        graphQl
            .documentName("searchOccupations")
            .variable("text", "assistant")
            .variable("first", 1)
            .variable("after", cursor)
            .execute();

    second.path("searchOccupations.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
    assertThat(second.path("searchOccupations.edges[0].node.id").entity(String.class).get())
        .isNotEqualTo(firstId);
  }

  @Test
  void anOccupationListsItsEssentialAndOptionalOutcomesEssentialFirst() {
    var importances =
        graphQl
            .documentName("occupationOutcomes")
            .variable("id", HOTEL_RECEPTIONIST)
            .execute()
            .path("occupation.outcomes[*].importance")
            .entityList(String.class)
            .get();

    assertThat(importances).contains("ESSENTIAL", "OPTIONAL");
    assertThat(importances.indexOf("OPTIONAL")).isEqualTo(importances.lastIndexOf("ESSENTIAL") + 1);
    assertThat(importances)
        .hasSize(
            (int)
                count(
                    "MATCH (:Occupation {id: $id})-[r:REQUIRES]->() RETURN count(r)",
                    HOTEL_RECEPTIONIST));
  }

  @Test
  void outcomesCanBeFilteredByImportance() {
    graphQl
        .documentName("occupationOutcomes")
        .variable("id", NURSE)
        .variable("importance", "OPTIONAL")
        .execute()
        .path("occupation.outcomes[*].importance")
        .entityList(String.class)
        .satisfies(list -> assertThat(list).isNotEmpty().containsOnly("OPTIONAL"));
  }

  @Test
  void theNursesAndTheReceptionistsCommunicationOutcomesDifferButShareANarrowBroaderGroup() {
    var nurse = broaderByOutcome(NURSE);
    var receptionist = broaderByOutcome(HOTEL_RECEPTIONIST);

    assertThat(nurse).containsKey(INFORM_PATIENTS).doesNotContainKey(INFORM_GUESTS);
    assertThat(receptionist).containsKey(INFORM_GUESTS).doesNotContainKey(INFORM_PATIENTS);
    assertThat(nurse.get(INFORM_PATIENTS))
        .contains(INFORMING_CLIENTS_GROUP)
        .containsAnyElementsOf(receptionist.get(INFORM_GUESTS));
  }

  @Test
  void theOccupationKnowsItsIscoGroupsUpToTheSubMajorGroup() {
    graphQl
        .documentName("occupationOutcomes")
        .variable("id", NURSE)
        .execute()
        .path("occupation.iscoGroup.code")
        .entity(String.class)
        .isEqualTo("3221")
        .path("occupation.iscoGroup.broader.broader.code")
        .entity(String.class)
        .isEqualTo("32")
        .path("occupation.regulatedProfessionNote")
        .entity(String.class)
        .satisfies(note -> assertThat(note).contains("BIG"));
  }

  @Test
  void anOutcomeShowsItsBroaderChainAndTheOccupationsThatRequireIt() {
    var response =
        graphQl.documentName("learningOutcome").variable("id", INFORM_PATIENTS).execute();

    response.path("learningOutcome.outcomeType").entity(String.class).isEqualTo("SKILL_COMPETENCE");
    response
        .path("learningOutcome.broader[*].id")
        .entityList(String.class)
        .contains(INFORMING_CLIENTS_GROUP);
    response
        .path("learningOutcome.broader[0].broader[0].broader[0].id")
        .entity(String.class)
        .satisfies(top -> assertThat(top).endsWith("/group/skills"));
    response
        .path("learningOutcome.requiredBy[*].occupation.id")
        .entityList(String.class)
        .contains(NURSE);
  }

  @Test
  void theBreadthOfAnOutcomeIsComputedWhenTheTaxonomyIsLoaded() {
    long occupations =
        count(
            "MATCH (o:Occupation)-[:REQUIRES]->(:LearningOutcome {id: $id}) RETURN count(DISTINCT o)",
            WORK_IN_TEAM);
    long majorGroups =
        count(
            "MATCH (o:Occupation)-[:REQUIRES]->(:LearningOutcome {id: $id})"
                + " RETURN count(DISTINCT left(o.iscoCode, 1))",
            WORK_IN_TEAM);

    var response = graphQl.documentName("learningOutcome").variable("id", WORK_IN_TEAM).execute();

    assertThat(occupations).isGreaterThan(5);
    response.path("learningOutcome.occupationCount").entity(Long.class).isEqualTo(occupations);
    response.path("learningOutcome.iscoMajorGroupCount").entity(Long.class).isEqualTo(majorGroups);
    response.path("learningOutcome.reuseLevel").entity(String.class).isEqualTo("TRANSVERSAL");
    response.path("learningOutcome.collections").entityList(String.class).contains("transversal");
  }

  @Test
  void labelsFallBackToEnglishForALanguageTheConceptLacks() {
    graphQl
        .documentName("occupationLabel")
        .variable("id", NURSE)
        .variable("language", "fr")
        .execute()
        .path("occupation.label")
        .entity(String.class)
        .isEqualTo("nurse");
  }

  @Test
  void anUnknownOccupationIsNotFound() {
    graphQl
        .documentName("occupationLabel")
        .variable("id", "http://example.org/no-such-occupation")
        .execute()
        .errors()
        .satisfy(
            errors -> {
              assertThat(errors).hasSize(1);
              assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
              assertThat(errors.get(0).getMessage())
                  .contains("No occupation has the id 'http://example.org/no-such-occupation'");
            });
  }

  @Test
  void anUnknownLearningOutcomeIsNotFound() {
    graphQl
        .documentName("learningOutcome")
        .variable("id", "nothing")
        .execute()
        .errors()
        .satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND));
  }

  @Test
  void invalidArgumentsAreBadRequestsThatNameTheArgument() {
    for (var variables :
        List.of(
            Map.<String, Object>of("text", "nurse", "language", "english"),
            Map.<String, Object>of("text", "nurse", "first", 1000),
            Map.<String, Object>of("text", "nurse", "after", "not-a-cursor"),
            Map.<String, Object>of("text", "   "))) {
      var request = graphQl.documentName("searchOccupations");
      variables.forEach(request::variable);
      request
          .execute()
          .errors()
          .satisfy(
              errors -> {
                assertThat(errors).hasSize(1);
                var error = errors.get(0);
                assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                assertThat(error.getExtensions()).containsKey("argument");
                assertThat(error.getMessage())
                    .contains(String.valueOf(error.getExtensions().get("argument")))
                    .doesNotContain("Exception", "MATCH", "org.");
              });
    }
  }

  @Test
  void searchingOutcomesFindsThemByTheirLabels() {
    graphQl
        .documentName("searchLearningOutcomes")
        .variable("text", "inform patients")
        .execute()
        .path("searchLearningOutcomes.edges[0].node.id")
        .entity(String.class)
        .isEqualTo(INFORM_PATIENTS);
  }

  private Map<String, Set<String>> broaderByOutcome(String occupationId) {
    var ids =
        graphQl
            .documentName("occupationOutcomes")
            .variable("id", occupationId)
            .execute()
            .path("occupation.outcomes[*].outcome")
            .entityList(Map.class)
            .get();
    return ids.stream()
        .collect(
            Collectors.toMap(
                outcome -> (String) outcome.get("id"),
                outcome ->
                    new HashSet<>(
                        ((List<Map<String, Object>>) outcome.get("broader"))
                            .stream().map(b -> (String) b.get("id")).toList())));
  }

  private long count(String cypher, String id) {
    try (var session = driver.session()) {
      return session.run(cypher, Map.of("id", id)).single().get(0).asLong();
    }
  }
}
