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
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
 * Readiness component {@code requestPath}: OUT_OF_SERVICE until made-up users have each created a
 * portfolio, added an experience, and then, round after round, shared it, read it, read its access
 * log, searched the taxonomy, read an occupation and asked for a transfer to it, and finally erased
 * the portfolio, each as a request run in this process through the same GraphQL interceptors as a
 * request over HTTP. A fresh JVM answered 100 requests/s of the soak's mix with a median of 1.3 s
 * and 845 errors over two minutes; after 600 requests of the same mix it answered them with 2
 * errors (docs/reliability.md, "The cold first minutes"). One request of each kind is not enough:
 * the code is compiled for speed only once it has run many times. The writes are committed, since a
 * transaction that is rolled back leaves the commit path cold (tried: the first real grant still
 * took 0.7 s); the erasure removes every node of the portfolio, as it does for a learner. A
 * portfolio left behind by a process that ended in between is erased by a later warm-up once it is
 * ten minutes old.
 *
 * <p>There are two made-up users, with a short and a long name, and the portfolio is shared with
 * one known user of each length: Neo4j keeps a separate plan of a query for each order of magnitude
 * of its text parameters' lengths, so a user whose name is six characters long made Neo4j plan the
 * access check and the grant again on their first request when only the long made-up name had been
 * through them (docs/reliability.md, "The cold first write"). The short-named user runs only the
 * rounds that plan the queries; the long-named one runs the rounds that compile the code.
 */
@Component("requestPath")
class RequestPathWarmUp implements HealthIndicator {

  /**
   * Starts the name of the made-up user with a long name; no user of the service has such a name.
   */
  static final String ACCOUNT_PREFIX = "atlas-write-path-warm-up-";

  /**
   * Starts the name of the made-up user with a short name: with six random characters, ten in all,
   * as long as the longest names of the shorter class.
   */
  static final String SHORT_ACCOUNT_PREFIX = "~wu-";

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
  static final String READ_PORTFOLIO =
      """
      query WarmUpReadPortfolio($learnerId: ID!) {
        learner(id: $learnerId) {
          displayName experiences { title } claims { status outcome { label } }
        }
        accessLog(learnerId: $learnerId, first: 20) { edges { node { action actor } } }
      }
      """;
  static final String SEARCH =
      """
      query WarmUpSearch($text: String!) {
        searchOccupations(text: $text, first: 10) { edges { node { id label } } }
        searchLearningOutcomes(text: $text, first: 10) { edges { node { id label } } }
      }
      """;
  static final String OCCUPATION_AND_TRANSFER =
      """
      query WarmUpOccupationAndTransfer($learnerId: ID!, $occupationId: ID!) {
        occupation(id: $occupationId) { id label outcomes { importance outcome { id label } } }
        transfer(from: {learnerId: $learnerId}, to: {occupationId: $occupationId}) {
          score matches { strength } gap { weight }
        }
      }
      """;
  static final String ERASE =
      """
      mutation WarmUpErasePersonalData($learnerId: ID!) {
        erasePersonalData(learnerId: $learnerId, confirm: true) { nodesDeleted }
      }
      """;
  // Short and longer texts, for the same reason as the two users' names (see the class comment).
  private static final List<String> SEARCH_TEXTS =
      List.of(
          "nurse",
          "inform",
          "care",
          "customer service",
          "teach",
          "clean",
          "manage",
          "communicate with patients");
  private static final int PLANNING_ROUNDS_PER_GRANTEE = 3;
  private static final String ANY_GRANTEE = "warm-up-adviser";
  private static final Duration ANSWER_LIMIT = Duration.ofSeconds(60);
  private static final Logger log = LoggerFactory.getLogger(RequestPathWarmUp.class);

  /**
   * What a warm-up did: its made-up users, the portfolios it created and erased, the requests
   * answered without error, and the errors of the others.
   */
  record Outcome(
      List<String> accounts,
      List<String> learnerIds,
      List<String> answered,
      List<String> failures) {}

  private final ObjectProvider<WebGraphQlHandler> graphQl;
  private final GraphStatusRepository graph;
  private final ObjectProvider<UserDirectory> users;
  private final int rounds;
  private final Duration timeLimit;
  private volatile boolean enabled;
  private volatile boolean done;

  // A command (java -jar ... import-esco) runs without the web layer and so without a handler; it
  // turns the warm-up off, and readiness, which names this component, must still start.
  RequestPathWarmUp(
      ObjectProvider<WebGraphQlHandler> graphQl,
      GraphStatusRepository graph,
      ObjectProvider<UserDirectory> users,
      @Value("${atlas.warm-up.request-path:true}") boolean enabled,
      @Value("${atlas.warm-up.rounds:150}") int rounds,
      @Value("${atlas.warm-up.time-limit:45s}") Duration timeLimit) {
    this.graphQl = graphQl;
    this.graph = graph;
    this.users = users;
    this.enabled = enabled;
    this.rounds = rounds;
    this.timeLimit = timeLimit;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (enabled && graphQl.getIfAvailable() == null) {
      log.info("No GraphQL handler in this process, so no request-path warm-up");
      enabled = false;
    } else if (enabled) {
      var thread = new Thread(this::runOnce, "request-path-warm-up");
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
        .withDetail("reason", "Running the warm-up requests")
        .build();
  }

  /** Erases what an earlier warm-up left, then runs the requests and answers what they did. */
  Outcome warmUp() {
    // On a machine busy with other work the rounds took minutes; readiness must not wait that long.
    long deadline = System.nanoTime() + timeLimit.toNanos();
    var answered = new ArrayList<String>();
    var failures = new ArrayList<String>();
    for (var prefix : List.of(ACCOUNT_PREFIX, SHORT_ACCOUNT_PREFIX)) {
      for (var leftover : graph.learnersOfAccounts(prefix)) {
        execute(
            ERASE,
            Map.of("learnerId", leftover.learnerId()),
            writer(leftover.account()),
            answered,
            failures);
      }
    }
    var grantees = granteesOfEachLength();
    var accounts =
        List.of(SHORT_ACCOUNT_PREFIX + randomCharacters(6), ACCOUNT_PREFIX + UUID.randomUUID());
    var learnerIds = new ArrayList<String>();
    var run = new Run(grantees, deadline, answered, failures);
    run.portfolio(
        accounts.get(0),
        Math.min(rounds, PLANNING_ROUNDS_PER_GRANTEE * grantees.size()),
        learnerIds);
    run.portfolio(accounts.get(1), rounds, learnerIds);
    return new Outcome(
        accounts, List.copyOf(learnerIds), List.copyOf(answered), List.copyOf(failures));
  }

  /** The requests of one warm-up, shared by its made-up users. */
  private final class Run {
    private final List<String> grantees;
    private final long deadline;
    private final List<String> answered;
    private final List<String> failures;

    Run(List<String> grantees, long deadline, List<String> answered, List<String> failures) {
      this.grantees = grantees;
      this.deadline = deadline;
      this.answered = answered;
      this.failures = failures;
    }

    /** Creates a portfolio of {@code account}, runs up to {@code rounds} rounds, erases it. */
    void portfolio(String account, int rounds, List<String> learnerIds) {
      var actor = writer(account);
      var created = execute(CREATE_LEARNER, Map.of(), actor, answered, failures);
      if (created == null) {
        return;
      }
      var learnerId = (String) created.get("createLearner");
      learnerIds.add(learnerId);
      var portfolio = Map.<String, Object>of("learnerId", learnerId);
      try {
        execute(ADD_EXPERIENCE, portfolio, actor, answered, failures);
        String occupationId = null;
        int failedBefore = failures.size();
        // The grants go to each grantee in turn, so each is granted again, the path most grants of
        // a busy learner take. On a fresh database the second grant to a grantee also writes the
        // first revocation, whose new property and relationship type make Neo4j plan its queries
        // again: the later rounds run with those plans.
        for (int round = 0;
            round < rounds && failures.size() == failedBefore && System.nanoTime() < deadline;
            round++) {
          var grant =
              Map.<String, Object>of(
                  "learnerId", learnerId, "grantee", grantees.get(round % grantees.size()));
          execute(GRANT_ACCESS, grant, actor, answered, failures);
          execute(READ_PORTFOLIO, portfolio, actor, answered, failures);
          var found =
              execute(
                  SEARCH,
                  Map.of("text", SEARCH_TEXTS.get(round % SEARCH_TEXTS.size())),
                  actor,
                  answered,
                  failures);
          occupationId = occupationId != null ? occupationId : firstOccupation(found);
          if (occupationId != null) {
            execute(
                OCCUPATION_AND_TRANSFER,
                Map.of("learnerId", learnerId, "occupationId", occupationId),
                actor,
                answered,
                failures);
          }
        }
      } finally {
        execute(ERASE, portfolio, actor, answered, failures);
      }
    }
  }

  /**
   * One known user name of each length class that Neo4j plans apart (see the class comment), or a
   * made-up name where the directory knows none.
   */
  List<String> granteesOfEachLength() {
    var known = users.getIfAvailable(() -> name -> Optional.empty()).knownNames();
    var byLength = new TreeMap<Integer, String>();
    for (var name : known) {
      byLength.putIfAbsent(planLengthClass(name), name);
    }
    return byLength.isEmpty() ? List.of(ANY_GRANTEE) : List.copyOf(byLength.values());
  }

  /**
   * The length of {@code text} as Neo4j rounds it when it looks for a cached plan: exact up to one
   * character, otherwise up to the next power of ten.
   */
  static int planLengthClass(String text) {
    int length = text.length();
    return length <= 1 ? length : (int) Math.pow(10, Math.ceil(Math.log10(length)));
  }

  private static String randomCharacters(int count) {
    var random = ThreadLocalRandom.current();
    var characters = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      characters.append(Character.forDigit(random.nextInt(36), 36));
    }
    return characters.toString();
  }

  @SuppressWarnings("unchecked")
  private static String firstOccupation(Map<String, Object> found) {
    if (found == null) {
      return null;
    }
    var edges =
        (List<Map<String, Object>>)
            ((Map<String, Object>) found.get("searchOccupations")).get("edges");
    return edges.isEmpty()
        ? null
        : (String) ((Map<String, Object>) edges.get(0).get("node")).get("id");
  }

  private void runOnce() {
    long started = System.nanoTime();
    try {
      var outcome = warmUp();
      long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
      if (outcome.failures().isEmpty()) {
        log.info("Ran {} warm-up requests in {} ms", outcome.answered().size(), millis);
      } else {
        log.warn(
            "Some warm-up requests failed, so the first requests may be slow: {}",
            outcome.failures());
      }
    } catch (RuntimeException e) {
      // Readiness must not wait for ever on a warm-up: the first writers pay for it instead.
      log.warn("The request-path warm-up failed; serving without it: {}", e.toString());
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
