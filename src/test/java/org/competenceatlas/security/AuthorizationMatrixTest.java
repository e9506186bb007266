package org.competenceatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.competenceatlas.SeedWorldIds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Who may do what, as the README's authorisation matrix states it: each operation is called by each
 * demo user (and by nobody signed in) and must succeed or fail with the classification in the
 * table. {@code ok} means no error; {@code bad} means the caller got through the access check and
 * the request was refused for its input.
 */
@AtlasTest
class AuthorizationMatrixTest {

  private static final String MATRIX =
      """
      operation                       anonymous  sanne  ella  marieke  yusuf  daan  rui  admin
      search occupations              ok         ok     ok    ok       ok     ok    ok   ok
      transfer between occupations    ok         ok     ok    ok       ok     ok    ok   ok
      read Sanne's portfolio          unauth     ok     ok    ok       forbid forbid forbid forbid
      transfer from Sanne             unauth     ok     ok    ok       forbid forbid forbid forbid
      read Jesse's portfolio          unauth     forbid forbid forbid  forbid forbid forbid forbid
      read Daan's portfolio           unauth     forbid forbid forbid  ok     ok    forbid forbid
      Sanne's grants                  unauth     ok     forbid forbid  forbid forbid forbid forbid
      Sanne's access log              unauth     ok     forbid forbid  forbid forbid forbid forbid
      export Sanne's data             unauth     ok     forbid forbid  forbid forbid forbid forbid
      grant access to Sanne's data    unauth     ok     forbid forbid  forbid forbid forbid forbid
      erase Sanne unconfirmed         unauth     bad    forbid forbid  forbid forbid forbid forbid
      who am I                        unauth     ok     ok    ok       ok     ok    ok   ok
      bridging outcomes               ok         ok     ok    ok       ok     ok    ok   ok
      learner aggregates              unauth     forbid forbid forbid  forbid forbid ok   ok
      transfer score distribution     unauth     forbid forbid forbid  forbid forbid ok   ok
      """;

  private static final Map<String, Function<GraphQlTester, GraphQlTester.Request<?>>> OPERATIONS =
      operations();

  @Autowired HttpGraphQlTester graphQl;

  @ParameterizedTest(name = "{0} by {1}: {2}")
  @MethodSource("cells")
  void everyRoleGetsExactlyWhatTheMatrixAllows(String operation, String user, String expected) {
    var tester = user.equals("anonymous") ? graphQl : DemoUsers.as(graphQl, user);
    var request = OPERATIONS.get(operation).apply(tester);

    request
        .execute()
        .errors()
        .satisfy(errors -> assertThat(outcome(errors)).as(operation).isEqualTo(expected));
  }

  static Stream<Arguments> cells() {
    var lines = MATRIX.strip().lines().toList();
    var header = lines.get(0).trim().split("\\s+");
    var cells = new ArrayList<Arguments>();
    for (var line : lines.subList(1, lines.size())) {
      var columns = line.trim().split("\\s+");
      int outcomes = header.length - 1;
      var operation = String.join(" ", Arrays.copyOfRange(columns, 0, columns.length - outcomes));
      assertThat(OPERATIONS).containsKey(operation);
      for (int i = 0; i < outcomes; i++) {
        cells.add(Arguments.of(operation, header[i + 1], columns[columns.length - outcomes + i]));
      }
    }
    return cells.stream();
  }

  private static String outcome(List<ResponseError> errors) {
    if (errors.isEmpty()) {
      return "ok";
    }
    var type = String.valueOf(errors.get(0).getErrorType());
    return switch (type) {
      case "UNAUTHORIZED" -> "unauth";
      case "FORBIDDEN" -> "forbid";
      case "BAD_REQUEST" -> "bad";
      default -> type + ": " + errors.get(0).getMessage();
    };
  }

  private static Map<String, Function<GraphQlTester, GraphQlTester.Request<?>>> operations() {
    var operations = new LinkedHashMap<String, Function<GraphQlTester, GraphQlTester.Request<?>>>();
    operations.put(
        "search occupations", t -> t.documentName("searchOccupations").variable("text", "nurse"));
    operations.put(
        "transfer between occupations",
        t ->
            t.documentName("transfer")
                .variable("from", Map.of("occupationId", SeedWorldIds.HOTEL_RECEPTIONIST))
                .variable("to", Map.of("occupationId", SeedWorldIds.NURSE)));
    operations.put(
        "read Sanne's portfolio",
        t -> t.documentName("learner").variable("id", SeedWorldIds.SANNE));
    operations.put(
        "transfer from Sanne",
        t ->
            t.documentName("transfer")
                .variable("from", Map.of("learnerId", SeedWorldIds.SANNE))
                .variable("to", Map.of("occupationId", SeedWorldIds.NURSE)));
    operations.put(
        "read Jesse's portfolio", t -> t.documentName("learner").variable("id", "learner-jesse"));
    operations.put(
        "read Daan's portfolio", t -> t.documentName("learner").variable("id", "learner-daan"));
    operations.put(
        "Sanne's grants",
        t -> t.documentName("accessGrants").variable("learnerId", SeedWorldIds.SANNE));
    operations.put(
        "Sanne's access log",
        t -> t.documentName("accessLog").variable("learnerId", SeedWorldIds.SANNE));
    operations.put(
        "export Sanne's data",
        t -> t.documentName("personalDataExport").variable("learnerId", SeedWorldIds.SANNE));
    operations.put(
        "grant access to Sanne's data",
        t ->
            t.documentName("grantAccess")
                .variable("learnerId", SeedWorldIds.SANNE)
                .variable("grant", Map.of("grantee", "rui", "role", "ADVISER")));
    operations.put(
        "erase Sanne unconfirmed",
        t ->
            t.documentName("erasePersonalData")
                .variable("learnerId", SeedWorldIds.SANNE)
                .variable("confirm", false));
    operations.put("who am I", t -> t.documentName("me"));
    operations.put(
        "bridging outcomes",
        t -> t.document("{ bridgingOutcomes(first: 3) { edges { cursor } } }"));
    operations.put("learner aggregates", t -> t.documentName("learnerAggregates"));
    operations.put(
        "transfer score distribution",
        t -> t.document("{ transferScoreDistribution(bins: 5) { __typename } }"));
    return operations;
  }
}
