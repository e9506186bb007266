package org.competenceatlas.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a client sees when something fails inside: a generic INTERNAL_ERROR, and no stack trace,
 * Cypher or class name. Also the endpoint's CORS and introspection defaults.
 */
@AtlasTest
class ErrorResponsesTest {

  @LocalServerPort int port;

  @Test
  void answersAnInternalFailureWithAGenericErrorThatLeaksNothing() {
    var answer = new RawGraphQl(port).post("{\"query\":\"{ testOnlyBrokenCypher }\"}");

    assertThat(answer.status()).isEqualTo(200);
    var error = RawGraphQl.JSON.readTree(answer.body()).get("errors").get(0);
    assertThat(error.at("/extensions/classification").asString()).isEqualTo("INTERNAL_ERROR");
    assertThat(error.get("message").asString()).matches("INTERNAL_ERROR for [0-9a-f-]+");
    assertThat(answer.body())
        .doesNotContain(
            "secret", "MATCH", "Neo.ClientError", "Exception", "org.", "java.", "\tat ", "trace");
  }

  @Test
  void theErrorPathAskedForDirectlyIsNotFoundNotAServerFault() {
    var answer =
        new RawGraphQl(port)
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error")).build());

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body()).contains("\"status\":404").doesNotContain("999", "None");
  }

  @Test
  void aRequestWithTwoMutationsIsRefusedBeforeEitherRuns() {
    var answer =
        new RawGraphQl(port)
            .post(
                "{\"query\":\"mutation { a: revokeAccess(learnerId: \\\"x\\\", grantId: \\\"y\\\")"
                    + " { id } b: revokeAccess(learnerId: \\\"x\\\", grantId: \\\"z\\\") { id } }\"}");

    var error = RawGraphQl.JSON.readTree(answer.body()).get("errors").get(0);
    assertThat(error.at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
    assertThat(error.get("message").asString()).contains("one mutation", "holds 2");
  }

  @Test
  void grantsNoCrossOriginAccessByDefault() {
    var preflight =
        new RawGraphQl(port)
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://attacker.example")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type")
                    .build());

    assertThat(preflight.status()).isLessThan(500);
    assertThat(preflight.headers()).doesNotContainKey("access-control-allow-origin");
  }

  @Test
  void answersIntrospectionByDefault() {
    var answer = new RawGraphQl(port).post("{\"query\":\"{ __schema { queryType { name } } }\"}");

    assertThat(answer.body()).contains("\"queryType\":{\"name\":\"Query\"}");
  }
}
