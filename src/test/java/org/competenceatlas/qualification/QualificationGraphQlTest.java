package org.competenceatlas.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competenceatlas.SeedWorldIds.NURSE;

import java.util.List;
import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@AtlasTest
class QualificationGraphQlTest {

  static final String NURSING_DIPLOMA =
      "http://data.competence-atlas.org/qualification/nursing-diploma-level-4";

  @Autowired HttpGraphQlTester graphQl;

  @Test
  void theNursingDiplomaHasUnitsEachWithItsOutcomes() {
    var response = graphQl.documentName("qualification").variable("id", NURSING_DIPLOMA).execute();

    response.path("qualification.eqfLevel").entity(Integer.class).isEqualTo(4);
    response
        .path("qualification.units[*].code")
        .entityList(String.class)
        .satisfies(
            codes -> assertThat(codes).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates());
    response
        .path("qualification.units")
        .entityList(Map.class)
        .satisfies(
            units ->
                assertThat(units)
                    .allSatisfy(unit -> assertThat((List<?>) unit.get("outcomes")).isNotEmpty()));
    response.path("qualification.preparesFor[*].id").entityList(String.class).contains(NURSE);
  }

  @Test
  void listsTheLearningOpportunitiesThatLeadToTheQualificationOrOneOfItsUnits() {
    graphQl
        .documentName("qualification")
        .variable("id", NURSING_DIPLOMA)
        .execute()
        .path("qualification.learningOpportunities")
        .entityList(Map.class)
        .satisfies(
            offers ->
                assertThat(offers)
                    .isNotEmpty()
                    .allSatisfy(offer -> assertThat((List<?>) offer.get("teaches")).isNotEmpty()));
  }

  @Test
  void answersInDutchWhenAsked() {
    graphQl
        .documentName("qualification")
        .variable("id", NURSING_DIPLOMA)
        .variable("language", "nl")
        .execute()
        .path("qualification.label")
        .entity(String.class)
        .satisfies(label -> assertThat(label).startsWith("Verpleegkundige"));
  }

  @Test
  void anUnknownQualificationIsNotFound() {
    graphQl
        .documentName("qualification")
        .variable("id", "http://data.competence-atlas.org/qualification/none")
        .execute()
        .errors()
        .satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND));
  }
}
