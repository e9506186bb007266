package org.competenceatlas.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.common.UserDirectory;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Status;
import org.springframework.graphql.server.WebGraphQlHandler;

@AtlasTest
class RequestPathWarmUpTest {

  private static final int ROUNDS = 3;

  @Autowired ObjectProvider<WebGraphQlHandler> graphQl;
  @Autowired GraphStatusRepository graph;
  @Autowired ObjectProvider<UserDirectory> users;
  @Autowired Driver driver;

  @Test
  void sharesReadsSearchesAndTransfersRoundAfterRoundThenErasesThePortfolioLeavingNothing() {
    var outcome = warmUp(users).warmUp();

    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.answered())
        .containsExactly(
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
    assertThat(outcome.learnerId()).startsWith("learner-");
    assertThat(nodesOf(outcome.learnerId())).isZero();
    assertThat(warmUpLearners()).isZero();
  }

  @Test
  void aGrantTheDirectoryRefusesIsReportedAndThePortfolioIsStillErased() {
    var nobody = new StaticListableBeanFactory();
    nobody.addBean("users", (UserDirectory) name -> Optional.of(false));

    var outcome = warmUp(nobody.getBeanProvider(UserDirectory.class)).warmUp();

    assertThat(outcome.answered())
        .containsExactly(
            "WarmUpCreateLearner",
            "WarmUpAddExperience",
            "WarmUpReadPortfolio",
            "WarmUpSearch",
            "WarmUpOccupationAndTransfer",
            "WarmUpErasePersonalData");
    assertThat(outcome.failures()).singleElement().asString().startsWith("WarmUpGrantAccess: ");
    assertThat(nodesOf(outcome.learnerId())).isZero();
  }

  @Test
  void aPortfolioLeftByAnInterruptedWarmUpIsErasedByTheNext() {
    var leftover = leftover("PT1H");

    var outcome = warmUp(users).warmUp();

    assertThat(outcome.answered())
        .startsWith("WarmUpErasePersonalData", "WarmUpCreateLearner")
        .hasSize(16);
    assertThat(nodesOf(leftover)).isZero();
    assertThat(warmUpLearners()).isZero();
  }

  @Test
  void aPortfolioOfAnotherInstancesWarmUpStillRunningIsLeftAlone() {
    var running = leftover("PT5S");
    try {
      var outcome = warmUp(users).warmUp();

      assertThat(outcome.answered()).startsWith("WarmUpCreateLearner").hasSize(15);
      assertThat(nodesOf(running)).isEqualTo(1);
    } finally {
      try (var session = driver.session()) {
        session.run("MATCH (l:Learner {id: $id}) DELETE l", Map.of("id", running)).consume();
      }
    }
  }

  /** A portfolio of a made-up warm-up user, created {@code age} ago. */
  private String leftover(String age) {
    var id = "learner-left-by-a-warm-up-" + System.nanoTime();
    try (var session = driver.session()) {
      session
          .run(
              "CREATE (:Learner {id: $id, account: $account, displayName: 'Warm-up',"
                  + " createdAt: datetime() - duration($age)})",
              Map.of("id", id, "account", RequestPathWarmUp.ACCOUNT_PREFIX + id, "age", age))
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
        .containsExactly("WarmUpCreateLearner", "WarmUpAddExperience", "WarmUpErasePersonalData");
    assertThat(nodesOf(outcome.learnerId())).isZero();
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
              "MATCH (l:Learner) WHERE l.account STARTS WITH $prefix RETURN count(l) AS c",
              Map.of("prefix", RequestPathWarmUp.ACCOUNT_PREFIX))
          .single()
          .get("c")
          .asLong();
    }
  }
}
