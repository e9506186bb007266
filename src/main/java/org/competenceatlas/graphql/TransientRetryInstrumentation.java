package org.competenceatlas.graphql;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.competenceatlas.common.TransientRetry;
import org.springframework.stereotype.Component;

/**
 * Runs every root field of the query and mutation types through {@link TransientRetry}: each root
 * field is one transaction, which Neo4j may give up on when two writers of the same learner
 * deadlock, or which a cluster member may drop when it leaves or stops being the primary, and the
 * caller should not see that. A mutation first takes its turn in {@link WriteAdmission} (among the
 * writers of the learner it names, and among all writers). Here rather than in each controller, so
 * a new field cannot forget it.
 */
@Component
class TransientRetryInstrumentation extends SimplePerformantInstrumentation {

  private final WriteAdmission admission;

  TransientRetryInstrumentation(WriteAdmission admission) {
    this.admission = admission;
  }

  @Override
  public DataFetcher<?> instrumentDataFetcher(
      DataFetcher<?> fetcher,
      InstrumentationFieldFetchParameters parameters,
      InstrumentationState state) {
    // A property fetcher opens no transaction, and asking for its field's step would build one that
    // graphql-java does not need (it builds its own to complete the value).
    if (parameters.isTrivialDataFetcher()) {
      return fetcher;
    }
    var schema = parameters.getExecutionContext().getGraphQLSchema();
    var parent = parameters.getExecutionStepInfo().getObjectType();
    if (parent == schema.getQueryType()) {
      return env -> TransientRetry.run(() -> fetched(fetcher, env));
    }
    if (parent != schema.getMutationType()) {
      return fetcher;
    }
    var field = parameters.getExecutionStepInfo().getFieldDefinition().getName();
    return env -> {
      // Inside the access check: a mutation that gets here has passed it.
      var writer = WriteAdmission.Writer.of(env, field);
      if (writer != null) {
        admission.accessChecked(writer);
      }
      return admission.admit(
          WriteAdmission.Writer.learnerOf(env),
          Arrival.nanos(env),
          ExecutionSlots.Slot.of(env),
          () -> TransientRetry.run(() -> fetched(fetcher, env)));
    };
  }

  private static Object fetched(DataFetcher<?> fetcher, DataFetchingEnvironment env) {
    try {
      return failureThrown(fetcher.get(env));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
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
