package org.competenceatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Who may do what, as the authorisation matrix of docs/access.md states it: each operation is
 * called by each demo user (and by nobody signed in) and must succeed or fail with the
 * classification in the table. {@code ok} means no error; {@code bad} means the caller got through
 * the access check and the request was refused for its input.
 */
@AtlasTest
class AuthorizationMatrixTest {

  /** The matrix as docs/access.md states it: a person reads the same table the test runs. */
  private static final Path MATRIX = Path.of("docs/access.md");

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

  static Stream<Arguments> cells() throws IOException {
    var rows =
        Files.readAllLines(MATRIX).stream()
            .filter(line -> line.startsWith("| "))
            .map(line -> Arrays.stream(line.split("\\|")).skip(1).map(String::strip).toList())
            .toList();
    assertThat(rows).as("the table in %s", MATRIX).hasSizeGreaterThan(2);
    // "sanne (learner)" is the user sanne; the second row is the table's rule.
    var users = rows.get(0).stream().skip(1).map(cell -> cell.split(" ")[0]).toList();
    var cells = new ArrayList<Arguments>();
    var operations = new ArrayList<String>();
    for (var row : rows.subList(2, rows.size())) {
      var operation = operationName(row.get(0));
      operations.add(operation);
      for (int i = 0; i < users.size(); i++) {
        cells.add(Arguments.of(operation, users.get(i), row.get(i + 1)));
      }
    }
    assertThat(operations).containsExactlyInAnyOrderElementsOf(OPERATIONS.keySet());
    return cells.stream();
  }

  /** "read Jesse's portfolio (grant expired)" and "a, b" name the operations of OPERATIONS. */
  private static String operationName(String cell) {
    return cell.replaceAll("\\s*\\([^)]*\\)", "").split(",")[0].strip();
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
        "erase Sanne",
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
