package org.competenceatlas.external;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GraphQL over HTTP to one application instance, as a web client sends it. */
final class AtlasHttp {

  static final String DEMO_PASSWORD = "atlas-demo";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;

  AtlasHttp(int port) {
    this.base = URI.create("http://127.0.0.1:" + port);
  }

  /** Sends a document anonymously; answers the whole response body, errors included. */
  JsonNode graphQl(String document, Map<String, ?> variables) {
    return graphQl(null, document, variables);
  }

  /** Sends a document signed in as a demo user (password {@value #DEMO_PASSWORD}). */
  JsonNode graphQl(String user, String document, Map<String, ?> variables) {
    return exchange(user, document, variables, null).body();
  }

  /**
   * One GraphQL exchange with the bookmark header: {@code bookmark} is sent when not null, and the
   * answer's is returned.
   */
  record Answer(int status, String bookmark, JsonNode body) {}

  Answer exchange(String user, String document, Map<String, ?> variables, String bookmark) {
    var body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
    var request =
        HttpRequest.newBuilder(base.resolve("/graphql"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      var credentials = user + ":" + DEMO_PASSWORD;
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    if (bookmark != null) {
      request.header("Atlas-Bookmark", bookmark);
    }
    var response = exchange(request.build());
    var text = response.body();
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Atlas-Bookmark").orElse(null),
        text.startsWith("{") ? JSON.readTree(text) : JSON.getNodeFactory().stringNode(text));
  }

  String get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build());
  }

  private String send(HttpRequest request) {
    return exchange(request).body();
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
