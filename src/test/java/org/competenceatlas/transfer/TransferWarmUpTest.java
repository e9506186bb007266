package org.competenceatlas.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TransferWarmUpTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final TaxonomySnapshots snapshots = mock(TaxonomySnapshots.class);
  private final List<JsonNode> received = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private volatile String answer = "{\"data\":{}}";

  @BeforeEach
  void startServer() throws IOException {
    when(snapshots.current()).thenReturn(ScoringTest.snapshot());
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/graphql",
        exchange -> {
          received.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
          var body = answer.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void sendsTransferAndTransitionsRequestsBetweenIndexedOccupationsBeforeReportingAnswered() {
    var warmUp = warmUp(true, 3);
    assertThat(warmUp.answered()).isFalse();

    warmUp.start();

    await().atMost(Duration.ofSeconds(30)).until(warmUp::answered);
    assertThat(received).hasSize(6);
    assertThat(received)
        .extracting(request -> request.get("query").asString())
        .containsExactly(
            TransferWarmUp.TRANSFER,
            TransferWarmUp.TRANSITIONS,
            TransferWarmUp.TRANSFER,
            TransferWarmUp.TRANSITIONS,
            TransferWarmUp.TRANSFER,
            TransferWarmUp.TRANSITIONS);
    var indexed = List.of("first-aider", "clinician", "lifeguard", "nurse-assistant", "ward-clerk");
    for (var request : received) {
      var variables = request.get("variables");
      assertThat(variables.get("from").asString()).isIn(indexed);
      if (variables.has("to")) {
        assertThat(variables.get("to").asString())
            .isIn(indexed)
            .isNotEqualTo(variables.get("from").asString());
      }
    }
  }

  @Test
  void aRefusedWarmUpRequestEndsTheWarmUpSoReadinessDoesNotWaitForEver() {
    answer = "{\"errors\":[{\"message\":\"UNAUTHORIZED\"}]}";
    var warmUp = warmUp(true, 5);

    warmUp.start();

    await().atMost(Duration.ofSeconds(30)).until(warmUp::answered);
    assertThat(received).hasSize(1);
  }

  @Test
  void anApplicationListeningOnAllAddressesIsWarmedUpThroughLoopback() {
    var warmUp = warmUp(true, 1, "server.address", "0.0.0.0");

    warmUp.start();

    await().atMost(Duration.ofSeconds(30)).until(warmUp::answered);
    assertThat(received).hasSize(2);
  }

  @Test
  void aPortThatSpeaksTlsGetsNoPlainWarmUpRequests() {
    var warmUp = warmUp(true, 3, "server.ssl.enabled", "true");

    warmUp.start();

    await().atMost(Duration.ofSeconds(30)).until(warmUp::answered);
    assertThat(received).isEmpty();
  }

  @Test
  void withTheWarmUpOffNothingIsSentAndNothingIsAwaited() {
    var warmUp = warmUp(false, 5);

    warmUp.start();

    assertThat(warmUp.answered()).isTrue();
    assertThat(received).isEmpty();
  }

  private TransferWarmUp warmUp(boolean enabled, int rounds, String... settings) {
    var environment =
        new MockEnvironment()
            .withProperty("local.server.port", String.valueOf(server.getAddress().getPort()));
    for (int i = 0; i < settings.length; i += 2) {
      environment.setProperty(settings[i], settings[i + 1]);
    }
    return new TransferWarmUp(
        snapshots, environment, new TransferProperties(Duration.ZERO, enabled, rounds));
  }
}
