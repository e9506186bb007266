package org.competenceatlas.operations;

import graphql.GraphQLError;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;

/**
 * Logs one INFO line per GraphQL request: operation name and type, outcome and duration. It never
 * logs the document or the variables, which may hold a learner's personal data.
 */
class GraphQlRequestLog implements ObservationHandler<ExecutionRequestObservationContext> {

  private static final Logger log = LoggerFactory.getLogger(GraphQlRequestLog.class);

  private record Started(long nanos) {}

  @Override
  public boolean supportsContext(Observation.Context context) {
    return context instanceof ExecutionRequestObservationContext;
  }

  @Override
  public void onStart(ExecutionRequestObservationContext context) {
    context.put(Started.class, new Started(System.nanoTime()));
  }

  @Override
  public void onStop(ExecutionRequestObservationContext context) {
    if (!log.isInfoEnabled()) {
      return;
    }
    Started started = context.get(Started.class);
    long millis = started == null ? -1 : (System.nanoTime() - started.nanos()) / 1_000_000;
    var operation = GraphQlOperation.of(context);
    var outcome = outcome(context);
    log.atInfo()
        .addKeyValue("graphql.operation.name", operation.name())
        .addKeyValue("graphql.operation.type", operation.type())
        .addKeyValue("graphql.outcome", outcome)
        .addKeyValue("duration_ms", millis)
        .log(
            "graphql operation={} type={} outcome={} duration_ms={}",
            operation.name(),
            operation.type(),
            outcome,
            millis);
  }

  /** {@code ok}, or {@code error:} and the error classifications, such as {@code NOT_FOUND}. */
  static String outcome(ExecutionRequestObservationContext context) {
    if (context.getError() != null) {
      return "error:" + context.getError().getClass().getSimpleName();
    }
    var result = context.getExecutionResult();
    if (result == null || result.getErrors().isEmpty()) {
      return "ok";
    }
    return "error:"
        + result.getErrors().stream()
            .map(GraphQLError::getErrorType)
            .filter(Objects::nonNull)
            .map(Object::toString)
            .distinct()
            .sorted()
            .collect(Collectors.joining(","));
  }
}
