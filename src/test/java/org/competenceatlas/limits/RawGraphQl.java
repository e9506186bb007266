package org.competenceatlas.limits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.competenceatlas.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends bytes to the GraphQL endpoint exactly as given, so tests can send what no GraphQL client
 * would: broken JSON, wrong content types, oversized and chunked bodies.
 */
record RawGraphQl(int port, String user) {

  RawGraphQl(int port) {
    this(port, null);
  }

  /** The same client signed in as a demo user (HTTP Basic). */
  RawGraphQl as(String demoUser) {
    return new RawGraphQl(port, demoUser);
  }

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  static final JsonMapper JSON = JsonMapper.builder().build();

  record Answer(int status, String contentType, String body, Map<String, List<String>> headers) {}

  Answer post(String contentType, byte[] body) {
    return send(
        request()
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  Answer post(String json) {
    return post("application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** A GraphQL request with variables, serialised by Jackson. */
  Answer query(String document, Map<String, Object> variables) {
    return post(JSON.writeValueAsString(Map.of("query", document, "variables", variables)));
  }

  /** A body without Content-Length: the client streams it chunked. */
  Answer postChunked(byte[] body) {
    return send(
        request()
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build());
  }

  Answer send(HttpRequest request) {
    try {
      var response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers().map());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder request() {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/graphql-response+json, application/json");
    if (user != null) {
      var credentials = user + ":" + DemoUsers.PASSWORD;
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return request;
  }
}
