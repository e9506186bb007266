package org.competenceatlas.operations;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.competenceatlas.common.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Readiness component {@code writePath}: OUT_OF_SERVICE until a made-up user has created a
 * portfolio, added an experience, shared it and erased it again, each as a mutation run in this
 * process through the same GraphQL interceptors as a request over HTTP. On a fresh JVM the first
 * write took about half a second idle and five seconds on a busy machine (loading and compiling the
 * mutation path, planning its Cypher, and Neo4j's commit path), and it held its learner's turn
 * meanwhile, so every writer queued behind it was answered late (docs/reliability.md, "The cold
 * first write"). The writes are committed, since a transaction that is rolled back leaves the
 * commit path cold (tried: the first real grant still took 0.7 s); the erasure removes every node
 * of the portfolio, as it does for a learner. A portfolio left behind by a process that ended in
 * between is erased by a later warm-up once it is ten minutes old.
 */
@Component("writePath")
class WritePathWarmUp implements HealthIndicator {

  /** Starts the name of every made-up user; no user of the service has such a name. */
  static final String ACCOUNT_PREFIX = "atlas-write-path-warm-up-";

  static final String CREATE_LEARNER =
      """
      mutation WarmUpCreateLearner {
        createLearner(input: {displayName: "Warm-up", preferredLanguage: "en"})
      }
      """;
  static final String ADD_EXPERIENCE =
      """
      mutation WarmUpAddExperience($learnerId: ID!) {
        addExperience(learnerId: $learnerId, input: {
          kind: INFORMAL, context: CARE, title: "Warm-up", startDate: "2020-01-01"
        }) { id title }
      }
      """;
  static final String GRANT_ACCESS =
      """
      mutation WarmUpGrantAccess($learnerId: ID!, $grantee: String!) {
        grantAccess(learnerId: $learnerId, grant: {grantee: $grantee, role: ADVISER}) {
          id grantee role active
        }
      }
      """;
  static final String ERASE =
      """
      mutation WarmUpErasePersonalData($learnerId: ID!) {
        erasePersonalData(learnerId: $learnerId, confirm: true) { nodesDeleted }
      }
      """;
  private static final String ANY_GRANTEE = "warm-up-adviser";
  private static final Duration ANSWER_LIMIT = Duration.ofSeconds(60);
  private static final Logger log = LoggerFactory.getLogger(WritePathWarmUp.class);

  /**
   * What a warm-up did: the portfolio it created and erased, the mutations answered without error,
   * and the errors of the others.
   */
  record Outcome(String learnerId, List<String> answered, List<String> failures) {}

  private final ObjectProvider<WebGraphQlHandler> graphQl;
  private final GraphStatusRepository graph;
  private final ObjectProvider<UserDirectory> users;
  private volatile boolean enabled;
  private volatile boolean done;

  // A command (java -jar ... import-esco) runs without the web layer and so without a handler; it
  // turns the warm-up off, and readiness, which names this component, must still start.
  WritePathWarmUp(
      ObjectProvider<WebGraphQlHandler> graphQl,
      GraphStatusRepository graph,
      ObjectProvider<UserDirectory> users,
      @Value("${atlas.writes.warm-up:true}") boolean enabled) {
    this.graphQl = graphQl;
    this.graph = graph;
    this.users = users;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (enabled && graphQl.getIfAvailable() == null) {
      log.info("No GraphQL handler in this process, so no write-path warm-up");
      enabled = false;
    } else if (enabled) {
      var thread = new Thread(this::runOnce, "write-path-warm-up");
      thread.setDaemon(true);
      thread.start();
    }
  }

  @Override
  public Health health() {
    if (!enabled) {
      return Health.up().withDetail("warmedUp", false).build();
    }
    if (done) {
      return Health.up().withDetail("warmedUp", true).build();
    }
    return Health.outOfService()
        .withDetail("warmedUp", false)
        .withDetail("reason", "Running the first mutations")
        .build();
  }

  /**
   * Erases what an earlier warm-up left, then runs the mutations once and answers what they did.
   */
  Outcome warmUp() {
    var answered = new ArrayList<String>();
    var failures = new ArrayList<String>();
    for (var leftover : graph.learnersOfAccounts(ACCOUNT_PREFIX)) {
      execute(
          ERASE,
          Map.of("learnerId", leftover.learnerId()),
          writer(leftover.account()),
          answered,
          failures);
    }
    var actor = writer(ACCOUNT_PREFIX + UUID.randomUUID());
    var grantee =
        users.getIfAvailable(() -> name -> Optional.empty()).knownNames().stream()
            .findFirst()
            .orElse(ANY_GRANTEE);
    var created = execute(CREATE_LEARNER, Map.of(), actor, answered, failures);
    if (created == null) {
      return new Outcome(null, List.copyOf(answered), List.copyOf(failures));
    }
    var learnerId = (String) created.get("createLearner");
    var portfolio = Map.<String, Object>of("learnerId", learnerId);
    try {
      execute(ADD_EXPERIENCE, portfolio, actor, answered, failures);
      var grant = Map.<String, Object>of("learnerId", learnerId, "grantee", grantee);
      // The second grant replaces the first, the path most grants of a busy learner take. On a
      // fresh database it also writes the first revocation, whose new property and relationship
      // type make Neo4j plan its queries again: the third is planned with them in place.
      for (int grants = 0; grants < 3; grants++) {
        execute(GRANT_ACCESS, grant, actor, answered, failures);
      }
    } finally {
      execute(ERASE, portfolio, actor, answered, failures);
    }
    return new Outcome(learnerId, List.copyOf(answered), List.copyOf(failures));
  }

  private void runOnce() {
    long started = System.nanoTime();
    try {
      var outcome = warmUp();
      long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
      if (outcome.failures().isEmpty()) {
        log.info("Ran the warm-up mutations {} in {} ms", outcome.answered(), millis);
      } else {
        log.warn(
            "Some warm-up mutations failed, so the first writes may be slow: {}",
            outcome.failures());
      }
    } catch (RuntimeException e) {
      // Readiness must not wait for ever on a warm-up: the first writers pay for it instead.
      log.warn("The write-path warm-up failed; serving without it: {}", e.toString());
    } finally {
      done = true;
    }
  }

  private static UsernamePasswordAuthenticationToken writer(String account) {
    return UsernamePasswordAuthenticationToken.authenticated(
        account, null, Set.of(new SimpleGrantedAuthority("ROLE_LEARNER")));
  }

  private Map<String, Object> execute(
      String document,
      Map<String, Object> variables,
      UsernamePasswordAuthenticationToken actor,
      List<String> answered,
      List<String> failures) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    var request =
        new WebGraphQlRequest(
            URI.create("http://localhost/graphql"),
            headers,
            new LinkedMultiValueMap<>(),
            new InetSocketAddress("127.0.0.1", 0),
            Map.of(),
            Map.of("query", document, "variables", variables),
            UUID.randomUUID().toString(),
            Locale.ENGLISH);
    // The request's interceptors take the signed-in user from here, as for a request over HTTP.
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(actor);
    SecurityContextHolder.setContext(context);
    WebGraphQlResponse response;
    try {
      response = graphQl.getObject().handleRequest(request).block(ANSWER_LIMIT);
    } finally {
      SecurityContextHolder.clearContext();
    }
    var operation = document.strip().split("[ ({]")[1];
    if (response == null || !response.getErrors().isEmpty() || response.getData() == null) {
      failures.add(
          operation + ": " + (response == null ? "no answer" : response.getErrors().toString()));
      return null;
    }
    answered.add(operation);
    return response.getData();
  }
}
