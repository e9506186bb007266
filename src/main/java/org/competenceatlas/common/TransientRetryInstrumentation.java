package org.competenceatlas.common;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.stereotype.Component;

/**
 * Runs every root field of the query and mutation types through {@link TransientRetry}: each root
 * field is one transaction, which Neo4j may give up on when two writers of the same learner
 * deadlock, or which a cluster member may drop when it leaves or stops being the primary, and the
 * caller should not see that. Here rather than in each controller, so a new field cannot forget it.
 */
@Component
class TransientRetryInstrumentation extends SimplePerformantInstrumentation {

  @Override
  public DataFetcher<?> instrumentDataFetcher(
      DataFetcher<?> fetcher,
      InstrumentationFieldFetchParameters parameters,
      InstrumentationState state) {
    var environment = parameters.getEnvironment();
    var schema = environment.getGraphQLSchema();
    var parent = environment.getParentType();
    if (parent != schema.getMutationType() && parent != schema.getQueryType()) {
      return fetcher;
    }
    return env ->
        TransientRetry.run(
            () -> {
              try {
                return failureThrown(fetcher.get(env));
              } catch (RuntimeException e) {
                throw e;
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
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
