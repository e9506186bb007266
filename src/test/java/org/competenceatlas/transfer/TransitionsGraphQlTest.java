package org.competenceatlas.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competenceatlas.SeedWorldIds.HOTEL_CONCIERGE;
import static org.competenceatlas.SeedWorldIds.HOTEL_RECEPTIONIST;
import static org.competenceatlas.SeedWorldIds.NURSE;
import static org.competenceatlas.SeedWorldIds.NURSING_DIPLOMA;
import static org.competenceatlas.SeedWorldIds.SANNE;
import static org.competenceatlas.SeedWorldIds.WELDER;
import static org.competenceatlas.transfer.TransferGraphQlTest.assertErrorType;

import java.util.List;
import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@AtlasTest
class TransitionsGraphQlTest {

  HttpGraphQlTester graphQl;

  @Autowired
  void signInAsSanne(HttpGraphQlTester tester) {
    graphQl = DemoUsers.as(tester, DemoUsers.SANNE);
  }

  @Autowired Driver driver;

  @Test
  void fromTheConciergeFrontOfHouseWorkRanksFirstAndTheWelderNearTheBottom() {
    var ids = rankedFrom(HOTEL_CONCIERGE);

    assertThat(ids).doesNotContain(HOTEL_CONCIERGE);
    assertThat(ids.get(0)).isEqualTo(HOTEL_RECEPTIONIST);
    assertThat(ids.indexOf(WELDER)).isGreaterThan(ids.size() - 6);
  }

  @Test
  void eachTransitionExplainsItsStrongestTransfersItsGapAndWhatTeachesIt() {
    var node =
        graphQl
            .documentName("transitions")
            .variable("from", Map.of("occupationId", HOTEL_RECEPTIONIST))
            .variable("filter", Map.of("iscoGroup", "32"))
            .execute()
            .path("transitions.edges[?(@.node.to.id == '" + NURSE + "')].node")
            .entityList(Map.class)
            .get()
            .get(0);

    assertThat((List<?>) node.get("strongestTransfers")).hasSizeLessThanOrEqualTo(3).isNotEmpty();
    assertThat((List<?>) node.get("gap")).hasSize(5);
    assertThat((List<?>) node.get("offers")).isNotEmpty();
    assertThat((List<?>) node.get("qualificationsForGap"))
        .anySatisfy(
            q ->
                assertThat(((Map<?, ?>) ((Map<?, ?>) q).get("qualification")).get("id"))
                    .isEqualTo(NURSING_DIPLOMA));
    assertThat((List<?>) node.get("areas"))
        .isNotEmpty()
        .anySatisfy(
            area ->
                assertThat(((Number) ((Map<?, ?>) area).get("supportedCount")).intValue())
                    .isPositive());
  }

  @Test
  void filtersByIscoGroupAndMinimumScore() {
    var filtered =
        graphQl
            .documentName("transitions")
            .variable("from", Map.of("occupationId", HOTEL_RECEPTIONIST))
            .variable("filter", Map.of("iscoGroup", "4", "minScore", 0.1))
            .variable("first", 100)
            .execute();

    filtered
        .path("transitions.edges[*].node.score")
        .entityList(Double.class)
        .satisfies(
            scores ->
                assertThat(scores)
                    .isNotEmpty()
                    .allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(0.1)));
    assertThat(rankedFrom(HOTEL_RECEPTIONIST).size())
        .isGreaterThan(filtered.path("transitions.totalCount").entity(Integer.class).get());
  }

  @Test
  void pagesFollowEachOtherWithoutOverlap() {
    var first =
        graphQl
            .documentName("transitions")
            .variable("from", Map.of("occupationId", HOTEL_RECEPTIONIST))
            .variable("first", 5)
            .execute();
    var cursor = first.path("transitions.pageInfo.endCursor").entity(String.class).get();
    var firstIds = first.path("transitions.edges[*].node.to.id").entityList(String.class).get();
    var secondIds =
        graphQl
            .documentName("transitions")
            .variable("from", Map.of("occupationId", HOTEL_RECEPTIONIST))
            .variable("first", 5)
            .variable("after", cursor)
            .execute()
            .path("transitions.edges[*].node.to.id")
            .entityList(String.class)
            .get();

    assertThat(secondIds).hasSize(5).doesNotContainAnyElementsOf(firstIds);
    assertThat(rankedFrom(HOTEL_RECEPTIONIST).subList(5, 10)).isEqualTo(secondIds);
  }

  @Test
  void sanneIsClosestToTheQualificationsHerClaimsCover() {
    var response =
        graphQl
            .documentName("qualificationTransitions")
            .variable("from", Map.of("learnerId", SANNE))
            .execute();

    response
        .path("qualificationTransitions.edges[*].node.to.kind")
        .entityList(String.class)
        .satisfies(kinds -> assertThat(kinds).isNotEmpty().containsOnly("QUALIFICATION"));
    response
        .path("qualificationTransitions.edges[*].node.score")
        .entityList(Double.class)
        .satisfies(s -> assertThat(s).isSortedAccordingTo(java.util.Comparator.reverseOrder()));
  }

  @Test
  void anOccupationAddedToTheGraphAppearsWithoutARestart() {
    var id = "http://example.org/test/occupation/night-receptionist";
    try (var session = driver.session()) {
      session.executeWriteWithoutResult(
          tx ->
              tx.run(
                      "MATCH (o:Occupation {id: $from})-[r:REQUIRES]->(lo)"
                          + " MERGE (n:Occupation {id: $id}) SET n.prefLabel_en = 'night receptionist',"
                          + " n.iscoCode = '4224' MERGE (n)-[:REQUIRES {importance: r.importance}]->(lo)",
                      Map.of("from", HOTEL_RECEPTIONIST, "id", id))
                  .consume());
    }
    try {
      assertThat(rankedFrom(HOTEL_RECEPTIONIST).get(0)).isEqualTo(id);
    } finally {
      try (var session = driver.session()) {
        session.executeWriteWithoutResult(
            tx ->
                tx.run("MATCH (n:Occupation {id: $id}) DETACH DELETE n", Map.of("id", id))
                    .consume());
      }
    }
    assertThat(rankedFrom(HOTEL_RECEPTIONIST)).doesNotContain(id);
  }

  @Test
  void invalidFiltersAreBadRequests() {
    assertErrorType(
        graphQl
            .documentName("transitions")
            .variable("from", Map.of("occupationId", HOTEL_RECEPTIONIST))
            .variable("filter", Map.of("iscoGroup", "4x"))
            .execute(),
        ErrorType.BAD_REQUEST);
    assertErrorType(
        graphQl
            .documentName("transitions")
            .variable("from", Map.of("occupationId", HOTEL_RECEPTIONIST))
            .variable("filter", Map.of("minScore", 2))
            .execute(),
        ErrorType.BAD_REQUEST);
  }

  private List<String> rankedFrom(String occupation) {
    return graphQl
        .documentName("transitions")
        .variable("from", Map.of("occupationId", occupation))
        .variable("first", 100)
        .execute()
        .path("transitions.edges[*].node.to.id")
        .entityList(String.class)
        .get();
  }
}
