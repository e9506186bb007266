package org.competenceatlas.limits;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;

/**
 * Aborts execution before any field is fetched. graphql-java answers an abort with {@link
 * #toExecutionResult()}, which here carries the limit's own error instead of the generic
 * ExecutionAborted one.
 */
class LimitExceededException extends AbortExecutionException {

  private final transient GraphQLError error;

  LimitExceededException(GraphQLError error) {
    super(error.getMessage());
    this.error = error;
  }

  @Override
  public ExecutionResult toExecutionResult() {
    return ExecutionResult.newExecutionResult().addError(error).build();
  }
}
