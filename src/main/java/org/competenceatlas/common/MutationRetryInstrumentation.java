package org.competenceatlas.common;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.stereotype.Component;

/**
 * Runs every root field of the mutation type through {@link WriteAdmission} (its turn among the
 * writers of the learner it names, and among all writers) and then {@link TransientRetry}: each
 * mutation is one transaction, which Neo4j may give up on when two writers deadlock or a lock
 * cannot be had in time, and the caller should not see that. Here rather than in each controller,
 * so a new mutation cannot forget it.
 */
@Component
class MutationRetryInstrumentation extends SimplePerformantInstrumentation {

  private final WriteAdmission admission;

  MutationRetryInstrumentation(WriteAdmission admission) {
    this.admission = admission;
  }

  @Override
  public DataFetcher<?> instrumentDataFetcher(
      DataFetcher<?> fetcher,
      InstrumentationFieldFetchParameters parameters,
      InstrumentationState state) {
    var environment = parameters.getEnvironment();
    var mutation = environment.getGraphQLSchema().getMutationType();
    if (mutation == null || environment.getParentType() != mutation) {
      return fetcher;
    }
    return env ->
        admission.admit(
            learnerNamed(env.getArgument("learnerId")),
            () ->
                TransientRetry.run(
                    () -> {
                      try {
                        return failureThrown(fetcher.get(env));
                      } catch (RuntimeException e) {
                        throw e;
                      } catch (Exception e) {
                        throw new IllegalStateException(e);
                      }
                    }));
  }

  private static String learnerNamed(Object argument) {
    return argument instanceof String learnerId ? learnerId : null;
  }

  /**
   * Spring's controller fetchers hand an exception back as a failed future rather than throwing it;
   * a finished, failed one is thrown here so the retry sees it.
   */
  private static Object failureThrown(Object result) {
    if (result instanceof CompletableFuture<?> future
        && future.isDone()
        && future.isCompletedExceptionally()) {
      try {
        future.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        throw e;
      }
    }
    return result;
  }
}
