package org.competenceatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A wrong password answers 401. A browser opens its own sign-in dialog on the Basic challenge (and
 * holds the page's request while it is open), so a script that says it is one gets the 401 without
 * it; other clients get the challenge.
 */
@AtlasTest
class WrongPasswordAnswerTest {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aScriptGetsTheRefusalWithoutTheChallengeThatWouldOpenTheBrowsersDialog() throws Exception {
    var answer = send(true);

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  @Test
  void anyOtherClientGetsTheBasicChallenge() throws Exception {
    var answer = send(false);

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic "));
  }

  private HttpResponse<String> send(boolean script) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("ella:not-her-password".getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { name } }\"}"));
    if (script) {
      request.header("X-Requested-With", "XMLHttpRequest");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
