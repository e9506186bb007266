package org.competenceatlas.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.common.UserDirectory;
import org.junit.jupiter.api.Test;
import org.neo4j.cypher.internal.util.SizeBucket$;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Status;
import org.springframework.graphql.server.WebGraphQlHandler;

@AtlasTest
class RequestPathWarmUpTest {

  private static final int ROUNDS = 3;
  private static final List<String> PORTFOLIO_OF_THREE_ROUNDS =
      List.of(
          "WarmUpCreateLearner",
          "WarmUpAddExperience",
          "WarmUpGrantAccess",
          "WarmUpReadPortfolio",
          "WarmUpSearch",
          "WarmUpOccupationAndTransfer",
          "WarmUpGrantAccess",
          "WarmUpReadPortfolio",
          "WarmUpSearch",
          "WarmUpOccupationAndTransfer",
          "WarmUpGrantAccess",
          "WarmUpReadPortfolio",
          "WarmUpSearch",
          "WarmUpOccupationAndTransfer",
          "WarmUpErasePersonalData");

  @Autowired ObjectProvider<WebGraphQlHandler> graphQl;
  @Autowired GraphStatusRepository graph;
  @Autowired ObjectProvider<UserDirectory> users;
  @Autowired Driver driver;

  @Test
  void aShortAndALongNamedUserEachShareReadSearchAndTransferThenEraseLeavingNothing() {
    var outcome = warmUp(users).warmUp();

    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.answered()).containsExactlyElementsOf(twice(PORTFOLIO_OF_THREE_ROUNDS));
    assertThat(outcome.learnerIds()).hasSize(2).allMatch(id -> id.startsWith("learner-"));
    assertThat(outcome.learnerIds()).allSatisfy(id -> assertThat(nodesOf(id)).isZero());
    assertThat(warmUpLearners()).isZero();
  }

  @Test
  void theMadeUpUsersNamesFallInTheTwoLengthClassesThatNeo4jPlansApart() {
    var outcome = warmUp(users).warmUp();

    assertThat(outcome.accounts())
        .satisfiesExactly(
            short_ -> assertThat(short_).startsWith(RequestPathWarmUp.SHORT_ACCOUNT_PREFIX),
            long_ -> assertThat(long_).startsWith(RequestPathWarmUp.ACCOUNT_PREFIX));
    assertThat(outcome.accounts())
        .extracting(RequestPathWarmUp::planLengthClass)
        .containsExactly(10, 100);
  }

  @Test
  void sharesWithOneKnownUserOfEachNameLengthClass() {
    var directory = new StaticListableBeanFactory();
    directory.addBean(
        "users",
        new UserDirectory() {
          @Override
          public Optional<Boolean> exists(String name) {
            return Optional.of(true);
          }

          @Override
          public List<String> knownNames() {
            return List.of("rui", "sanne", "margaretha.de.vries", "x", "a-name-of-eleven");
          }
        });

    var grantees = warmUp(directory.getBeanProvider(UserDirectory.class)).granteesOfEachLength();

    assertThat(grantees).containsExactly("x", "rui", "margaretha.de.vries");
  }

  @Test
  void namesAreClassedByLengthAsTheShippedNeo4jRoundsThemForItsPlans() {
    // Neo4j's own rounding, so that an upgrade that changes it fails here rather than in
    // production.
    for (int length = 0; length <= 2_000; length++) {
      var neo4j = SizeBucket$.MODULE$.computeBucket(length).toOption().get();

      assertThat(RequestPathWarmUp.planLengthClass("x".repeat(length)))
          .as("length %d", length)
          .isEqualTo(neo4j);
    }
    assertThat(RequestPathWarmUp.planLengthClass("fatima")).isEqualTo(10);
    assertThat(
            RequestPathWarmUp.planLengthClass(RequestPathWarmUp.ACCOUNT_PREFIX + UUID.randomUUID()))
        .isEqualTo(100);
  }

  @Test
  void aGrantTheDirectoryRefusesIsReportedAndThePortfoliosAreStillErased() {
    var nobody = new StaticListableBeanFactory();
    nobody.addBean("users", (UserDirectory) name -> Optional.of(false));

    var outcome = warmUp(nobody.getBeanProvider(UserDirectory.class)).warmUp();

    assertThat(outcome.answered())
        .containsExactlyElementsOf(
            twice(
                List.of(
                    "WarmUpCreateLearner",
                    "WarmUpAddExperience",
                    "WarmUpReadPortfolio",
                    "WarmUpSearch",
                    "WarmUpOccupationAndTransfer",
                    "WarmUpErasePersonalData")));
    assertThat(outcome.failures())
        .hasSize(2)
        .allSatisfy(failure -> assertThat(failure).startsWith("WarmUpGrantAccess: "));
    assertThat(outcome.learnerIds()).allSatisfy(id -> assertThat(nodesOf(id)).isZero());
  }

  @Test
  void portfoliosLeftByAnInterruptedWarmUpAreErasedByTheNext() {
    var longNamed = leftover(RequestPathWarmUp.ACCOUNT_PREFIX, "PT1H");
    var shortNamed = leftover(RequestPathWarmUp.SHORT_ACCOUNT_PREFIX, "PT1H");

    var outcome = warmUp(users).warmUp();

    assertThat(outcome.answered())
        .startsWith("WarmUpErasePersonalData", "WarmUpErasePersonalData", "WarmUpCreateLearner")
        .hasSize(2 + 2 * PORTFOLIO_OF_THREE_ROUNDS.size());
    assertThat(nodesOf(longNamed)).isZero();
    assertThat(nodesOf(shortNamed)).isZero();
    assertThat(warmUpLearners()).isZero();
  }

  @Test
  void aPortfolioOfAnotherInstancesWarmUpStillRunningIsLeftAlone() {
    var running = leftover(RequestPathWarmUp.ACCOUNT_PREFIX, "PT5S");
    try {
      var outcome = warmUp(users).warmUp();

      assertThat(outcome.answered())
          .startsWith("WarmUpCreateLearner")
          .hasSize(2 * PORTFOLIO_OF_THREE_ROUNDS.size());
      assertThat(nodesOf(running)).isEqualTo(1);
    } finally {
      try (var session = driver.session()) {
        session.run("MATCH (l:Learner {id: $id}) DELETE l", Map.of("id", running)).consume();
      }
    }
  }

  /**
   * A portfolio of a made-up warm-up user whose name starts with {@code prefix}, {@code age} old.
   */
  private String leftover(String prefix, String age) {
    var id = "learner-left-by-a-warm-up-" + System.nanoTime();
    try (var session = driver.session()) {
      session
          .run(
              "CREATE (:Learner {id: $id, account: $account, displayName: 'Warm-up',"
                  + " createdAt: datetime() - duration($age)})",
              Map.of("id", id, "account", prefix + id, "age", age))
          .consume();
    }
    return id;
  }

  @Test
  void readinessWaitsForTheWarmUpWhenItIsOn() {
    var warmUp = warmUp(users);
    assertThat(warmUp.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

    warmUp.start();

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> warmUp.health().getStatus().equals(Status.UP));
    assertThat(warmUp.health().getDetails()).containsEntry("warmedUp", true);
    assertThat(warmUpLearners()).isZero();
  }

  @Test
  void withTheWarmUpOffReadinessDoesNotWait() {
    var off = new RequestPathWarmUp(graphQl, graph, users, false, ROUNDS, Duration.ofMinutes(5));

    off.start();

    assertThat(off.health().getStatus()).isEqualTo(Status.UP);
    assertThat(off.health().getDetails()).containsEntry("warmedUp", false);
  }

  @Test
  void inAProcessWithoutTheWebLayerReadinessDoesNotWaitForAWarmUpItCannotRun() {
    var noHandler = new StaticListableBeanFactory().getBeanProvider(WebGraphQlHandler.class);
    var withoutWeb =
        new RequestPathWarmUp(noHandler, graph, users, true, ROUNDS, Duration.ofMinutes(5));

    withoutWeb.start();

    assertThat(withoutWeb.health().getStatus()).isEqualTo(Status.UP);
    assertThat(withoutWeb.health().getDetails()).containsEntry("warmedUp", false);
  }

  @Test
  void onceItsTimeLimitHasPassedNoFurtherRoundRunsAndThePortfolioIsStillErased() {
    var hurried = new RequestPathWarmUp(graphQl, graph, users, true, ROUNDS, Duration.ZERO);

    var outcome = hurried.warmUp();

    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.answered())
        .containsExactlyElementsOf(
            twice(
                List.of("WarmUpCreateLearner", "WarmUpAddExperience", "WarmUpErasePersonalData")));
    assertThat(outcome.learnerIds()).allSatisfy(id -> assertThat(nodesOf(id)).isZero());
  }

  private RequestPathWarmUp warmUp(ObjectProvider<UserDirectory> directory) {
    return new RequestPathWarmUp(graphQl, graph, directory, true, ROUNDS, Duration.ofMinutes(5));
  }

  /** The learner and everything that names it: experiences, grants, audit and access-log lines. */
  private long nodesOf(String learnerId) {
    try (var session = driver.session()) {
      return session
          .run(
              "MATCH (n) WHERE n.id = $id OR n.learnerId = $id"
                  + " OPTIONAL MATCH (n)-[]->(m) RETURN count(DISTINCT n) + count(DISTINCT m) AS c",
              Map.of("id", learnerId))
          .single()
          .get("c")
          .asLong();
    }
  }

  private long warmUpLearners() {
    try (var session = driver.session()) {
      return session
          .run(
              "MATCH (l:Learner) WHERE any(prefix IN $prefixes WHERE l.account STARTS WITH prefix)"
                  + " RETURN count(l) AS c",
              Map.of(
                  "prefixes",
                  List.of(
                      RequestPathWarmUp.ACCOUNT_PREFIX, RequestPathWarmUp.SHORT_ACCOUNT_PREFIX)))
          .single()
          .get("c")
          .asLong();
    }
  }

  private static List<String> twice(List<String> requests) {
    var both = new ArrayList<>(requests);
    both.addAll(requests);
    return both;
  }
}
