package org.competenceatlas.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.competenceatlas.SeedWorldIds.HOTEL_CONCIERGE;
import static org.competenceatlas.SeedWorldIds.HOTEL_RECEPTIONIST;
import static org.competenceatlas.SeedWorldIds.NURSE;
import static org.competenceatlas.SeedWorldIds.WORK_IN_TEAM;

import java.util.List;
import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@AtlasTest
class ResearchGraphQlTest {

  HttpGraphQlTester graphQl;

  @Autowired
  void signInAsResearcher(HttpGraphQlTester tester) {
    graphQl = DemoUsers.as(tester, DemoUsers.RUI_RESEARCHER);
  }

  @Autowired Driver driver;

  @Test
  void bridgingOutcomesComeMostMajorGroupsFirstWithCountsTheGraphConfirms() {
    var nodes =
        graphQl
            .documentName("bridgingOutcomes")
            .variable("first", 10)
            .execute()
            .path("bridgingOutcomes.edges[*].node")
            .entityList(Map.class)
            .get();

    assertThat(nodes).hasSize(10);
    var groups = nodes.stream().map(n -> ((Number) n.get("majorGroups")).intValue()).toList();
    assertThat(groups).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    var top = nodes.get(0);
    var id = (String) ((Map<?, ?>) top.get("outcome")).get("id");
    var expected =
        single(
            "MATCH (o:Occupation)-[:REQUIRES]->(:LearningOutcome {id: $id}) "
                + "WHERE coalesce(o.status, 'released') <> 'deprecated' AND o.iscoCode IS NOT NULL "
                + "RETURN count(DISTINCT left(o.iscoCode, 1)) AS groups, count(DISTINCT o) AS occ",
            Map.of("id", id));
    assertThat((long) groups.get(0)).isEqualTo(expected.get("groups"));
    assertThat(((Number) top.get("occupations")).longValue()).isEqualTo(expected.get("occ"));
    assertThat(((Number) top.get("participation")).doubleValue()).isBetween(0.0, 0.9);
  }

  @Test
  void bridgingOutcomesByParticipationAndEssentialOnlyPageOnWithTheCursor() {
    var first =
        graphQl
            .documentName("bridgingOutcomes")
            .variable("orderBy", "PARTICIPATION")
            .variable("essentialOnly", true)
            .variable("first", 3)
            .execute();
    var participation =
        first.path("bridgingOutcomes.edges[*].node.participation").entityList(Double.class).get();
    assertThat(participation).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    var cursor = first.path("bridgingOutcomes.pageInfo.endCursor").entity(String.class).get();

    var next =
        graphQl
            .documentName("bridgingOutcomes")
            .variable("orderBy", "PARTICIPATION")
            .variable("essentialOnly", true)
            .variable("first", 3)
            .variable("after", cursor)
            .execute()
            .path("bridgingOutcomes.edges[*].node.participation")
            .entityList(Double.class)
            .get();

    assertThat(next)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(participation.get(2)));
  }

  @Test
  void aPageLargerThanTheLimitIsABadRequestNamingTheLimit() {
    var response = graphQl.documentName("bridgingOutcomes").variable("first", 101).execute();

    assertBadRequest(response, "first", "between 1 and 100");
  }

  @Test
  void coOccurrenceCountsOccupationsRequiringBothWithJaccardAndLift() {
    var result =
        graphQl
            .documentName("outcomeCoOccurrence")
            .variable("outcomeId", WORK_IN_TEAM)
            .variable("minTogether", 1)
            .execute()
            .path("outcomeCoOccurrence")
            .entity(Map.class)
            .get();

    int withTeamwork = ((Number) result.get("occupations")).intValue();
    assertThat((long) withTeamwork)
        .isEqualTo(
            single(
                    "MATCH (o:Occupation)-[:REQUIRES]->(:LearningOutcome {id: $id}) "
                        + "RETURN count(DISTINCT o) AS n",
                    Map.of("id", WORK_IN_TEAM))
                .get("n"));
    var others = (List<Map<String, Object>>) result.get("coOccurring");
    assertThat(others).isNotEmpty();
    var together = others.stream().map(o -> ((Number) o.get("together")).intValue()).toList();
    assertThat(together).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    var best = others.get(0);
    var bestId = (String) ((Map<?, ?>) best.get("outcome")).get("id");
    long both =
        single(
                "MATCH (a:LearningOutcome {id: $a})<-[:REQUIRES]-(o:Occupation)-[:REQUIRES]->"
                    + "(b:LearningOutcome {id: $b}) RETURN count(DISTINCT o) AS n",
                Map.of("a", WORK_IN_TEAM, "b", bestId))
            .get("n");
    assertThat(together.get(0)).isEqualTo((int) both);
    int withOther = ((Number) best.get("occupations")).intValue();
    assertThat(((Number) best.get("jaccard")).doubleValue())
        .isCloseTo((double) both / (withTeamwork + withOther - both), within(1e-9));
  }

  @Test
  void anOccupationRequiringAnOutcomeBothAsEssentialAndOptionalCountsOnceOnEitherSide() {
    var base = "http://example.org/co-occurrence-test/";
    try (var session = driver.session()) {
      // ESCO 1.2.0 states 17 pairs both ways; the import keeps both relationships.
      session.run(
          """
          CREATE (a:LearningOutcome {id: $base + 'a', source: 'test', prefLabel_en: 'a'}),
                 (b:LearningOutcome {id: $base + 'b', source: 'test', prefLabel_en: 'b'}),
                 (one:Occupation {id: $base + 'one', source: 'test', prefLabel_en: 'one'}),
                 (two:Occupation {id: $base + 'two', source: 'test', prefLabel_en: 'two'}),
                 (one)-[:REQUIRES {importance: 'essential'}]->(a),
                 (one)-[:REQUIRES {importance: 'essential'}]->(b),
                 (one)-[:REQUIRES {importance: 'optional'}]->(b),
                 (two)-[:REQUIRES {importance: 'essential'}]->(b),
                 (two)-[:REQUIRES {importance: 'optional'}]->(b)
          """,
          Map.of("base", base));
    }
    try {
      var result =
          graphQl
              .documentName("outcomeCoOccurrence")
              .variable("outcomeId", base + "a")
              .variable("essentialOnly", false)
              .variable("minTogether", 1)
              .execute()
              .path("outcomeCoOccurrence")
              .entity(Map.class)
              .get();

      var b = ((List<Map<String, Object>>) result.get("coOccurring")).get(0);
      assertThat(((Map<?, ?>) b.get("outcome")).get("id")).isEqualTo(base + "b");
      assertThat(b.get("together")).isEqualTo(1);
      assertThat(b.get("occupations")).as("occupations requiring b").isEqualTo(2);
      assertThat(((Number) b.get("jaccard")).doubleValue()).isCloseTo(0.5, within(1e-9));
    } finally {
      try (var session = driver.session()) {
        session.run("MATCH (n) WHERE n.id STARTS WITH $base DETACH DELETE n", Map.of("base", base));
      }
    }
  }

  @Test
  void coOccurrenceOfAnUnknownOutcomeIsNotFound() {
    var response =
        graphQl
            .documentName("outcomeCoOccurrence")
            .variable("outcomeId", "http://example.org/no-such-outcome")
            .execute();

    response
        .errors()
        .satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND));
  }

  @Test
  void theNeighbourhoodListsTheBestTransfersBothWaysWithTheEngineScores() {
    var result =
        graphQl
            .documentName("occupationNeighbourhood")
            .variable("occupationId", HOTEL_CONCIERGE)
            .variable("first", 5)
            .execute()
            .path("occupationNeighbourhood")
            .entity(Map.class)
            .get();

    var outgoing = (List<Map<String, Object>>) result.get("outgoing");
    var incoming = (List<Map<String, Object>>) result.get("incoming");
    assertThat(outgoing).hasSize(5);
    assertThat(incoming).hasSize(5);
    assertThat(((Map<?, ?>) outgoing.get(0).get("occupation")).get("id"))
        .isEqualTo(HOTEL_RECEPTIONIST);
    for (var neighbour : incoming) {
      var from = (String) ((Map<?, ?>) neighbour.get("occupation")).get("id");
      assertThat(from).isNotEqualTo(HOTEL_CONCIERGE);
      assertThat(((Number) neighbour.get("score")).doubleValue())
          .isCloseTo(transferScore(from, HOTEL_CONCIERGE), within(1e-9));
    }
    var scores = incoming.stream().map(n -> ((Number) n.get("score")).doubleValue()).toList();
    assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void aNeighbourhoodOfMoreThanFiftyIsABadRequest() {
    var response =
        graphQl
            .documentName("occupationNeighbourhood")
            .variable("occupationId", NURSE)
            .variable("first", 51)
            .execute();

    assertBadRequest(response, "first", "between 1 and 50");
  }

  @Test
  void receptionistAndConciergeFallInOneClusterWithTheOutcomesTheyShare() {
    var clusters =
        graphQl
            .documentName("occupationClusters")
            .variable("k", 3)
            .variable("minScore", 0.3)
            .execute()
            .path("occupationClusters.edges[*].node")
            .entityList(Map.class)
            .get();

    var hotel =
        clusters.stream()
            .filter(c -> ids(c.get("occupations")).contains(HOTEL_RECEPTIONIST))
            .findFirst()
            .orElseThrow();
    assertThat(ids(hotel.get("occupations"))).contains(HOTEL_CONCIERGE);
    assertThat(((Number) hotel.get("size")).intValue())
        .isGreaterThanOrEqualTo(ids(hotel.get("occupations")).size());
    assertThat(((Number) hotel.get("meanScore")).doubleValue()).isGreaterThanOrEqualTo(0.3);
    var shared = (List<Map<String, Object>>) hotel.get("sharedOutcomes");
    assertThat(shared).isNotEmpty();
    assertThat(((Number) shared.get(0).get("occupations")).intValue()).isGreaterThanOrEqualTo(2);
    var sizes = clusters.stream().map(c -> ((Number) c.get("size")).intValue()).toList();
    assertThat(sizes)
        .isSortedAccordingTo((a, b) -> Integer.compare(b, a))
        .allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(2));
  }

  @Test
  void aClusterNeighbourhoodBeyondFiftyIsABadRequestNamingK() {
    assertBadRequest(
        graphQl.documentName("occupationClusters").variable("k", 51).execute(),
        "k",
        "between 1 and 50");
  }

  @Test
  void theScoreHistogramCoversEveryOrderedPairOfCurrentOccupations() {
    long occupations =
        single(
                "MATCH (o:Occupation) WHERE coalesce(o.status, 'released') <> 'deprecated' "
                    + "RETURN count(o) AS n",
                Map.of())
            .get("n");

    var all = histogram(null, 10);
    var one = histogram(NURSE, 4);

    assertThat(((Number) all.get("pairs")).longValue()).isEqualTo(occupations * (occupations - 1));
    assertThat(binTotal(all)).isEqualTo(occupations * (occupations - 1));
    assertThat((List<?>) all.get("bins")).hasSize(10);
    assertThat(((Number) one.get("pairs")).longValue()).isEqualTo(occupations - 1);
    assertThat(binTotal(one)).isEqualTo(occupations - 1);
    assertThat(one.get("fromId")).isEqualTo(NURSE);
    var last = (Map<?, ?>) ((List<?>) one.get("bins")).get(3);
    assertThat(((Number) last.get("lower")).doubleValue()).isEqualTo(0.75);
    assertThat(((Number) last.get("upper")).doubleValue()).isEqualTo(1.0);
  }

  @Test
  void moreThanAHundredBinsIsABadRequestNamingBins() {
    assertBadRequest(
        graphQl.documentName("transferScoreDistribution").variable("bins", 101).execute(),
        "bins",
        "between 1 and 100");
  }

  @Test
  void learnerAggregatesOfTheFiveSeedLearnersAreAllSuppressedUncountedAndNameNobody() {
    var response = graphQl.documentName("learnerAggregates").execute();

    var aggregates = response.path("learnerAggregates").entity(Map.class).get();
    assertThat(aggregates.get("minimumGroupSize")).isEqualTo(10);
    for (var field : List.of("claimsByOutcome", "goals", "claimsByStatus")) {
      var groups = (Map<?, ?>) aggregates.get(field);
      assertThat((List<?>) groups.get("groups")).as(field).isEmpty();
      assertThat(groups.get("reportedGroups")).as(field).isEqualTo(0);
      assertThat(groups.containsKey("suppressedGroups")).as(field).isFalse();
      assertThat(groups.get("roundedTo")).as(field).isEqualTo(5);
    }
    var text = aggregates.toString();
    assertThat(text).doesNotContain("learner-", "Sanne", "Fatima");
  }

  private Map<?, ?> histogram(String fromId, int bins) {
    var request = graphQl.documentName("transferScoreDistribution").variable("bins", bins);
    if (fromId != null) {
      request = request.variable("fromId", fromId);
    }
    return request.execute().path("transferScoreDistribution").entity(Map.class).get();
  }

  private static long binTotal(Map<?, ?> histogram) {
    return ((List<?>) histogram.get("bins"))
        .stream().mapToLong(b -> ((Number) ((Map<?, ?>) b).get("pairs")).longValue()).sum();
  }

  private double transferScore(String from, String to) {
    return graphQl
        .document(
            "query($from: ID!, $to: ID!) { transfer(from: {occupationId: $from},"
                + " to: {occupationId: $to}) { score } }")
        .variable("from", from)
        .variable("to", to)
        .execute()
        .path("transfer.score")
        .entity(Double.class)
        .get();
  }

  private static List<String> ids(Object occupations) {
    return ((List<?>) occupations).stream().map(o -> (String) ((Map<?, ?>) o).get("id")).toList();
  }

  private Map<String, Long> single(String cypher, Map<String, Object> parameters) {
    try (var session = driver.session()) {
      var record = session.run(cypher, parameters).single();
      var values = new java.util.HashMap<String, Long>();
      record.keys().forEach(key -> values.put(key, record.get(key).asLong()));
      return values;
    }
  }

  static void assertBadRequest(GraphQlTester.Response response, String argument, String message) {
    response
        .errors()
        .satisfy(
            errors -> {
              assertThat(errors).hasSize(1);
              assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
              assertThat(errors.get(0).getExtensions()).containsEntry("argument", argument);
              assertThat(errors.get(0).getMessage()).contains(argument).contains(message);
            });
  }
}
