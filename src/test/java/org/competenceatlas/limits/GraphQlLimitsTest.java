package org.competenceatlas.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.SeedWorldIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Each limit refuses a request over it with an error that names the limit and its value. */
@AtlasTest
class GraphQlLimitsTest {

  @Autowired HttpGraphQlTester graphQl;
  @LocalServerPort int port;

  static Stream<Arguments> queriesOverALimit() {
    var aliases = new StringBuilder("{");
    for (int i = 0; i < 1000; i++) {
      aliases.append(" a").append(i).append(": schemaVersion");
    }
    return Stream.of(
        Arguments.of(
            "QUERY_TOO_DEEP",
            broaderChain(11),
            Map.of("id", SeedWorldIds.INFORM_GUESTS),
            "The query nests 13 fields deep; at most 12 are allowed"
                + " (atlas.graphql.max-depth). Ask for fewer nested fields.",
            "atlas.graphql.max-depth",
            12,
            13),
        Arguments.of(
            "QUERY_TOO_COMPLEX",
            aliases.append(" }").toString(),
            Map.of(),
            "The query costs 11000; at most 10000 is allowed (atlas.graphql.max-complexity).",
            "atlas.graphql.max-complexity",
            10000,
            11000));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queriesOverALimit")
  void refusesAQueryOverALimitBeforeItRunsAndNamesTheLimit(
      String classification,
      String document,
      Map<String, Object> variables,
      String message,
      String limit,
      int max,
      int actual) {
    var request = graphQl.document(document);
    variables.forEach(request::variable);
    request
        .execute()
        .errors()
        .satisfy(
            errors -> {
              assertThat(errors).hasSize(1);
              var error = errors.get(0);
              assertThat(error.getErrorType()).hasToString(classification);
              assertThat(error.getMessage()).startsWith(message);
              assertThat(error.getExtensions())
                  .containsEntry("limit", limit)
                  .containsEntry("max", max)
                  .containsEntry("actual", actual);
            })
        .path("learningOutcome")
        .pathDoesNotExist()
        .path("a0")
        .pathDoesNotExist();
  }

  @Test
  void answersAQueryAtExactlyTheMaximumDepth() {
    graphQl
        .document(broaderChain(10))
        .variable("id", SeedWorldIds.INFORM_GUESTS)
        .execute()
        .errors()
        .verify()
        .path("learningOutcome.id")
        .entity(String.class)
        .isEqualTo(SeedWorldIds.INFORM_GUESTS);
  }

  @Test
  void refusesABodyOverTheMaximumSizeWith413AndAGraphQlError() {
    var answer = new RawGraphQl(port).post("application/json", oversizedBody());

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.contentType()).startsWith("application/json");
    var error = RawGraphQl.JSON.readTree(answer.body()).get("errors").get(0);
    assertThat(error.get("message").asString())
        .contains("larger than 65536 bytes")
        .contains("atlas.graphql.max-request-size");
    assertThat(error.get("extensions").get("classification").asString())
        .isEqualTo("REQUEST_TOO_LARGE");
    assertThat(error.get("extensions").get("max").asLong()).isEqualTo(65536);
  }

  @Test
  void refusesAnOversizedChunkedBodyThatDeclaresNoLength() {
    var answer = new RawGraphQl(port).postChunked(oversizedBody());

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.body()).contains("REQUEST_TOO_LARGE");
  }

  @Test
  void answersAChunkedBodyUnderTheLimit() {
    var answer =
        new RawGraphQl(port)
            .postChunked("{\"query\":\"{ schemaVersion }\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("\"schemaVersion\"").doesNotContain("errors");
  }

  /** {@code learningOutcome { broader { ... { id } } } }: depth {@code levels + 2}. */
  static String broaderChain(int levels) {
    return "query deep($id: ID!) { learningOutcome(id: $id) { "
        + "broader { ".repeat(levels)
        + "id"
        + " }".repeat(levels)
        + " id } }";
  }

  private static byte[] oversizedBody() {
    var padding = "x".repeat(70_000);
    return ("{\"query\":\"{ schemaVersion }\",\"variables\":{\"pad\":\"" + padding + "\"}}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
