package org.competenceatlas.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competenceatlas.SeedWorldIds.HEALTH_CARE_ASSISTANT;
import static org.competenceatlas.SeedWorldIds.HOTEL_CONCIERGE;
import static org.competenceatlas.SeedWorldIds.HOTEL_RECEPTIONIST;
import static org.competenceatlas.SeedWorldIds.NURSE;
import static org.competenceatlas.SeedWorldIds.SANNE;

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
class RoutesGraphQlTest {

  HttpGraphQlTester graphQl;

  @Autowired
  void signInAsSanne(HttpGraphQlTester tester) {
    graphQl = DemoUsers.as(tester, DemoUsers.SANNE);
  }

  @Test
  void forSanneTheHealthCareAssistantIsAStepStoneToNurseThatBeatsTheDirectMove() {
    var routes =
        routes(Map.<String, Object>of("learnerId", SANNE), 3, 5)
            .path("routes")
            .entityList(Map.class)
            .get();

    assertThat(routes).isNotEmpty();
    var costs = routes.stream().map(r -> ((Number) r.get("cost")).doubleValue()).toList();
    assertThat(costs).isSorted();
    assertThat(routes)
        .allSatisfy(r -> assertThat(((Map<?, ?>) r.get("destination")).get("id")).isEqualTo(NURSE));
    var viaAssistant =
        routes.stream()
            .filter(r -> stepIds(r).equals(List.of(HEALTH_CARE_ASSISTANT, NURSE)))
            .findFirst()
            .orElseThrow();
    double direct = ((Number) viaAssistant.get("directScore")).doubleValue();
    assertThat(((Number) viaAssistant.get("cost")).doubleValue())
        .isLessThan((1 - direct) * (1 - direct));
  }

  @Test
  void aDetourThatDoesNotHelpIsNoRoute() {
    var routes = routes(3, 50).path("routes").entityList(Map.class).get();

    assertThat(routes).anySatisfy(r -> assertThat(stepIds(r)).containsExactly(NURSE));
    // The concierge is close to the receptionist but brings nothing a nurse needs.
    assertThat(routes).noneSatisfy(r -> assertThat(stepIds(r)).contains(HOTEL_CONCIERGE));
  }

  @Test
  void eachStepHasItsScoreGapAndOffers() {
    routes(2, 3)
        .path("routes[0].steps")
        .entityList(Map.class)
        .satisfies(
            steps ->
                assertThat(steps)
                    .isNotEmpty()
                    .allSatisfy(
                        step -> {
                          assertThat(((Number) step.get("score")).doubleValue())
                              .isBetween(0.0, 1.0);
                          assertThat(step).containsKeys("gap", "offers");
                        }));
  }

  @Test
  void oneStepMeansTheDirectMoveOnly() {
    routes(1, 5)
        .path("routes")
        .entityList(Map.class)
        .satisfies(
            routes ->
                assertThat(routes)
                    .singleElement()
                    .satisfies(r -> assertThat(stepIds(r)).containsExactly(NURSE)));
  }

  @Test
  void aRouteFromAnOccupationToItselfIsTheDirectStepWithNothingMissing() {
    var routes =
        routes(Map.of("occupationId", NURSE), 3, 5).path("routes").entityList(Map.class).get();

    assertThat(routes)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(stepIds(r)).containsExactly(NURSE);
              assertThat(((Number) r.get("cost")).doubleValue()).isLessThan(0.01);
            });
  }

  @Test
  void limitsAreBadRequestsThatSayTheLimit() {
    routes(4, 5)
        .errors()
        .satisfy(
            errors -> {
              assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
              assertThat(errors.get(0).getMessage()).contains("maxSteps", "between 1 and 3");
            });
    routes(3, 51)
        .errors()
        .satisfy(
            errors -> {
              assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
              assertThat(errors.get(0).getMessage()).contains("first", "between 1 and 50");
            });
  }

  @Test
  void twoStepDestinationsAreCheapestFirst() {
    var routes =
        graphQl
            .documentName("twoStepDestinations")
            .variable("from", Map.of("occupationId", HOTEL_RECEPTIONIST))
            .variable("first", 10)
            .execute()
            .path("twoStepDestinations")
            .entityList(Map.class)
            .get();

    assertThat(routes).hasSize(10);
    assertThat(routes.stream().map(r -> ((Number) r.get("cost")).doubleValue()).toList())
        .isSorted();
    assertThat(routes).allSatisfy(r -> assertThat((List<?>) r.get("steps")).hasSize(2));
    assertThat(
            routes.stream()
                .map(r -> (Object) ((Map<?, ?>) r.get("destination")).get("id"))
                .toList())
        .doesNotHaveDuplicates()
        .doesNotContain(HOTEL_RECEPTIONIST);
  }

  private GraphQlTester.Response routes(int maxSteps, int first) {
    return routes(Map.of("occupationId", HOTEL_RECEPTIONIST), maxSteps, first);
  }

  private GraphQlTester.Response routes(Map<String, Object> from, int maxSteps, int first) {
    return graphQl
        .documentName("routes")
        .variable("from", from)
        .variable("to", NURSE)
        .variable("maxSteps", maxSteps)
        .variable("first", first)
        .execute();
  }

  private static List<Object> stepIds(Map<?, ?> route) {
    return ((List<?>) route.get("steps"))
        .stream().map(s -> (Object) ((Map<?, ?>) ((Map<?, ?>) s).get("to")).get("id")).toList();
  }
}
