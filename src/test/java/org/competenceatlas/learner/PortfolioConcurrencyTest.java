package org.competenceatlas.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.SeedWorldIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Parallel changes to one learner run one after the other: none is lost, none is doubled. */
@AtlasTest
class PortfolioConcurrencyTest {

  private static final int PARALLEL = 6;

  @Autowired HttpGraphQlTester tester;
  String learnerId;

  @AfterEach
  void eraseIt() {
    Portfolios.erase(tester, learnerId);
  }

  @Test
  void parallelCreationsByOneAccountMakeOnePortfolioAndRefuseTheRestAsBadRequests()
      throws Exception {
    for (int round = 0; round < 5; round++) {
      var threads = Executors.newFixedThreadPool(PARALLEL);
      int created = 0;
      var refusals = new ArrayList<String>();
      try {
        var answers = new ArrayList<Future<GraphQlTester.Response>>();
        for (int i = 0; i < PARALLEL; i++) {
          answers.add(
              threads.submit(
                  () ->
                      Portfolios.owner(tester)
                          .document("mutation { createLearner(input: {displayName: \"Rui\"}) }")
                          .execute()));
        }
        for (var answer : answers) {
          var errors = new ArrayList<ResponseError>();
          answer.get().errors().satisfy(errors::addAll);
          if (errors.isEmpty()) {
            created++;
          }
          errors.forEach(e -> refusals.add(String.valueOf(e.getErrorType())));
        }
      } finally {
        threads.shutdown();
        Portfolios.erase(tester, ownedPortfolio());
      }
      assertThat(created).as("round %d", round).isEqualTo(1);
      assertThat(refusals).as("round %d", round).hasSize(PARALLEL - 1).containsOnly("BAD_REQUEST");
    }
  }

  private String ownedPortfolio() {
    return Portfolios.owner(tester)
        .document("{ me { learner { id } } }")
        .execute()
        .path("me.learner.id")
        .entity(String.class)
        .get();
  }

  @Test
  void parallelEditsOfOneLearnerAllLandAndTheCycleMovesOnce() throws Exception {
    learnerId = Portfolios.create(tester);
    var experienceId = Portfolios.addExperience(tester, learnerId);
    var outcomes =
        List.of(
            Portfolios.EATING,
            Portfolios.MOBILITY,
            Portfolios.HYGIENE,
            Portfolios.OBSERVING,
            Portfolios.DIGNITY,
            Portfolios.OUTCOME + "listen-actively");
    var claims = new ArrayList<String>();
    outcomes.forEach(o -> claims.add(Portfolios.addClaim(tester, learnerId, experienceId, o)));

    var tasks = new ArrayList<Callable<Void>>();
    for (int i = 0; i < PARALLEL; i++) {
      var claimId = claims.get(i);
      tasks.add(
          () -> {
            Portfolios.addEvidence(tester, learnerId, claimId);
            return null;
          });
      tasks.add(
          () -> {
            Portfolios.addExperience(tester, learnerId);
            return null;
          });
    }
    var pool = Executors.newFixedThreadPool(PARALLEL);
    try {
      for (Future<Void> done : pool.invokeAll(tasks)) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }

    var learner =
        Portfolios.owner(tester)
            .document(
                """
                query($id: ID!) {
                  learner(id: $id) {
                    experiences { id }
                    claims { status evidence { id } }
                    cycle { goal { id } history { stage } }
                  }
                  auditTrail(learnerId: $id, first: 100) { edges { node { action } } }
                }
                """)
            .variable("id", learnerId)
            .execute();
    learner.path("learner.experiences").entityList(Map.class).hasSize(1 + PARALLEL);
    learner
        .path("learner.claims[*].status")
        .entityList(String.class)
        .satisfies(statuses -> assertThat(statuses).containsOnly("EVIDENCED"));
    learner
        .path("learner.cycle[?(@.goal.id == '" + SeedWorldIds.NURSE + "')].history[*].stage")
        .entityList(String.class)
        .containsExactly("RECOGNISE", "VALUE");
    learner
        .path("auditTrail.edges[*].node.action")
        .entityList(String.class)
        .satisfies(
            actions -> {
              assertThat(actions.stream().filter("addEvidence"::equals)).hasSize(PARALLEL);
              assertThat(actions.stream().filter("addExperience"::equals)).hasSize(1 + PARALLEL);
            });
  }
}
