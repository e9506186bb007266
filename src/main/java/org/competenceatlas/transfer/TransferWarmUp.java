package org.competenceatlas.transfer;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * At start-up, builds the transfer index in the background and then sends the application a few
 * {@code transfer} and {@code transitions} requests between occupations of the index, over HTTP as
 * any caller would. Readiness waits for both: on a cold JVM the first such answer takes about ten
 * times a warm one (loading and compiling the code of the web layer, the GraphQL engine and the
 * ranking), and the first caller after readiness should not be the one who pays for it.
 */
@Component
class TransferWarmUp {

  static final String TRANSFER =
      """
      query WarmUpTransfer($from: ID!, $to: ID!) {
        transfer(from: {occupationId: $from}, to: {occupationId: $to}) {
          score
          parts { essentialCoverage optionalCoverage essentialShare optionalShare }
          matches { required { label } held { label } kind strength contribution path { text } }
          gap { outcome { label } weight support }
          areas { area { label } requiredCount supportedCount coverage }
          offers { opportunity { label provider } closes { label } }
        }
      }
      """;
  static final String TRANSITIONS =
      """
      query WarmUpTransitions($from: ID!) {
        transitions(from: {occupationId: $from}, first: 20) {
          totalCount
          edges {
            node {
              score
              to { id kind label }
              parts { essentialCoverage }
              strongestTransfers { held { label } kind }
            }
          }
        }
      }
      """;
  private static final Duration ANSWER_LIMIT = Duration.ofSeconds(30);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Logger log = LoggerFactory.getLogger(TransferWarmUp.class);

  private final TaxonomySnapshots snapshots;
  private final Environment environment;
  private final boolean enabled;
  private final int rounds;
  private volatile boolean answered;

  TransferWarmUp(
      TaxonomySnapshots snapshots, Environment environment, TransferProperties properties) {
    this.snapshots = snapshots;
    this.environment = environment;
    this.enabled = properties.warmUp();
    this.rounds = properties.warmUpRequests();
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (enabled) {
      var thread = new Thread(this::run, "transfer-index-warm-up");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** Whether the warm-up requests have been answered (or were not to be made). */
  boolean answered() {
    return answered || !enabled;
  }

  private void run() {
    snapshots.buildUntilDone();
    long started = System.nanoTime();
    try {
      int requests = sendRequests();
      if (requests > 0) {
        log.info(
            "Answered {} warm-up requests in {} ms",
            requests,
            Duration.ofNanos(System.nanoTime() - started).toMillis());
      }
    } catch (IOException | RuntimeException e) {
      // Readiness must not wait for ever on a warm-up: the first callers pay for it instead.
      log.warn("The warm-up requests failed; serving without them: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      answered = true;
    }
  }

  private int sendRequests() throws IOException, InterruptedException {
    var port = environment.getProperty("local.server.port", Integer.class);
    var occupations = snapshots.current().occupations;
    if (port == null || rounds == 0 || occupations.length < 2) {
      return 0;
    }
    if (environment.getProperty("server.ssl.enabled", Boolean.class, false)) {
      log.info("No warm-up requests: they are sent as plain HTTP, and this port speaks TLS");
      return 0;
    }
    var path = environment.getProperty("spring.graphql.http.path", "/graphql");
    var endpoint = URI.create("http://" + host() + ":" + port + path);
    int step = Math.max(1, occupations.length / (rounds + 1));
    int requests = 0;
    var http = HttpClient.newBuilder().connectTimeout(ANSWER_LIMIT).build();
    for (int round = 0; round < rounds; round++) {
      var from = occupations[(round * step) % occupations.length].id();
      var to = occupations[(round * step + step / 2 + 1) % occupations.length].id();
      send(http, endpoint, TRANSFER, Map.of("from", from, "to", to));
      send(http, endpoint, TRANSITIONS, Map.of("from", from));
      requests += 2;
    }
    return requests;
  }

  /** Where this application listens: its own address, or loopback when it listens on all. */
  private String host() throws UnknownHostException {
    var configured = environment.getProperty("server.address");
    var address =
        configured == null ? InetAddress.getLoopbackAddress() : InetAddress.getByName(configured);
    if (address.isAnyLocalAddress()) {
      address = InetAddress.getLoopbackAddress();
    }
    return address instanceof Inet6Address
        ? "[" + address.getHostAddress() + "]"
        : address.getHostAddress();
  }

  private static void send(
      HttpClient http, URI endpoint, String document, Map<String, Object> variables)
      throws IOException, InterruptedException {
    var body = new LinkedHashMap<String, Object>();
    body.put("query", document);
    body.put("variables", variables);
    var request =
        HttpRequest.newBuilder(endpoint)
            .timeout(ANSWER_LIMIT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
            .build();
    var response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
      throw new IllegalStateException(
          "a warm-up request was answered with HTTP "
              + response.statusCode()
              + ": "
              + response.body().substring(0, Math.min(300, response.body().length())));
    }
  }
}
