package org.competenceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.competenceatlas.common.AccessRefusedException;
import org.competenceatlas.common.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The refusal, the access check and the admission in the order the application chains them, with a
 * stand-in for the access check that counts its checks and lets only the learner's owner through.
 */
class BusyLearnerRefusalTest {

  private final WriteAdmission admission =
      WriteAdmissionTest.admission(16, 1, 0, Duration.ofMillis(200));
  private final AtomicInteger checks = new AtomicInteger();
  private final AtomicInteger writes = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void releaseTheHeldWrite() {
    release.countDown();
    admission.destroy();
  }

  @Test
  void aWriterWhoPassedTheCheckAMomentAgoIsRefusedForABusyLearnerWithoutAnotherCheck()
      throws Exception {
    var graphQl = graphQl();
    assertThat(save(graphQl, "fatima").getErrors()).isEmpty();
    assertThat(checks).hasValue(1);
    holdTheLearnersTurn(graphQl);

    var refused = save(graphQl, "fatima");

    assertThat(refused.getErrors()).hasSize(1);
    assertThat(refused.getErrors().get(0).getMessage()).contains("waiting to be written");
    assertThat(checks).hasValue(2);
    assertThat(writes).hasValue(2);
  }

  @Test
  void aCallerWithoutAccessIsStillCheckedAndRefusedAsSuchWhileTheLearnerIsBusy() throws Exception {
    var graphQl = graphQl();
    assertThat(save(graphQl, "fatima").getErrors()).isEmpty();
    holdTheLearnersTurn(graphQl);

    var refused = save(graphQl, "rui");

    assertThat(refused.getErrors()).hasSize(1);
    assertThat(refused.getErrors().get(0).getMessage()).contains("only the owner");
    assertThat(checks).hasValue(3);
  }

  /** Fatima's write that holds her learner's only turn, checked as any other. */
  private void holdTheLearnersTurn(GraphQL graphQl) throws Exception {
    var holding = new CountDownLatch(1);
    holdingWrite = holding;
    CompletableFuture.runAsync(() -> save(graphQl, "fatima"));
    assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
  }

  private volatile CountDownLatch holdingWrite;

  private ExecutionResult save(GraphQL graphQl, String user) {
    return graphQl.execute(
        ExecutionInput.newExecutionInput("mutation { save(learnerId: \"learner-a\") }")
            .graphQLContext(Map.of(Actor.CONTEXT_KEY, new Actor(user, Set.of())))
            .build());
  }

  private GraphQL graphQl() {
    DataFetcher<Integer> save =
        env -> {
          writes.incrementAndGet();
          var holding = holdingWrite;
          if (holding != null) {
            holdingWrite = null;
            holding.countDown();
            release.await(2, TimeUnit.MINUTES);
          }
          return 42;
        };
    return TransientRetryInstrumentationTest.saving(
        save,
        new InstrumentationChain(
            List.of(
                new TransientRetryInstrumentation(admission),
                new OwnerOnly(),
                new BusyLearnerRefusal(admission))));
  }

  /** Stands in for the access check: counts each check, lets only Fatima through. */
  private class OwnerOnly extends SimplePerformantInstrumentation {
    @Override
    public DataFetcher<?> instrumentDataFetcher(
        DataFetcher<?> fetcher,
        InstrumentationFieldFetchParameters parameters,
        InstrumentationState state) {
      if (parameters.isTrivialDataFetcher()) {
        return fetcher;
      }
      return env -> {
        checks.incrementAndGet();
        Actor actor = env.getGraphQlContext().get(Actor.CONTEXT_KEY);
        if (!actor.name().equals("fatima")) {
          throw AccessRefusedException.forbidden("Learner-a's data is for only the owner.");
        }
        return fetcher.get(env);
      };
    }
  }
}
