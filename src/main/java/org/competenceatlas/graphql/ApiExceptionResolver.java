package org.competenceatlas.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.time.Duration;
import java.util.Map;
import org.competenceatlas.common.AccessRefusedException;
import org.competenceatlas.common.InvalidInputException;
import org.competenceatlas.common.NotFoundException;
import org.competenceatlas.common.Overload;
import org.competenceatlas.common.OverloadedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns the API's expected failures into GraphQL errors with a classification and the argument at
 * fault. Anything else falls through to Spring's resolver, which answers INTERNAL_ERROR without a
 * stack trace, Cypher or class names.
 */
@Component
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

  @Override
  protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
    if (ex instanceof NotFoundException) {
      return GraphqlErrorBuilder.newError(env)
          .errorType(ErrorType.NOT_FOUND)
          .message(ex.getMessage())
          .build();
    }
    if (ex instanceof InvalidInputException invalid) {
      return GraphqlErrorBuilder.newError(env)
          .errorType(ErrorType.BAD_REQUEST)
          .message(invalid.getMessage())
          .extensions(Map.of("argument", invalid.argument()))
          .build();
    }
    if (ex instanceof DataIntegrityViolationException) {
      // A uniqueness constraint caught what a check before the write could not: two requests
      // racing to create the same thing, such as two portfolios for one account.
      return GraphqlErrorBuilder.newError(env)
          .errorType(ErrorType.BAD_REQUEST)
          .message(
              "This would create a second copy of something that must be unique (for example a"
                  + " second portfolio for one account); another request may have just created it.")
          .build();
    }
    if (ex instanceof OverloadedException overloaded) {
      return retryable(env, overloaded.classification(), overloaded.getMessage(), overloaded);
    }
    if (ex instanceof TransientDataAccessException || waitedForConnection(ex)) {
      // The retries of TransientRetryInstrumentation are used up, a lock did not come within
      // db.lock.acquisition.timeout, or every pooled connection stayed busy: a moment later the
      // same request usually succeeds, and it changed nothing.
      return retryable(
          env,
          Overload.UNAVAILABLE,
          "The database is busy with other work on the same data; nothing was changed. Send the"
              + " same request again after the time in retryAfterSeconds.",
          new OverloadedException(Overload.UNAVAILABLE, "", Duration.ofSeconds(1)));
    }
    if (ex instanceof AccessRefusedException refused) {
      return GraphqlErrorBuilder.newError(env)
          .errorType(refused.signInWouldHelp() ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
          .message(refused.getMessage())
          .build();
    }
    return null;
  }

  private static GraphQLError retryable(
      DataFetchingEnvironment env,
      Overload classification,
      String message,
      OverloadedException hint) {
    return GraphqlErrorBuilder.newError(env)
        .errorType(classification)
        .message(message)
        .extensions(Map.of("retryable", true, "retryAfterSeconds", hint.retryAfterSeconds()))
        .build();
  }

  /** The driver's answer when no pooled connection came free within the acquisition timeout. */
  private static boolean waitedForConnection(Throwable ex) {
    for (var cause = ex; cause != null; cause = cause.getCause()) {
      if (cause instanceof org.neo4j.driver.exceptions.Neo4jException
          && String.valueOf(cause.getMessage()).startsWith("Unable to acquire connection")) {
        return true;
      }
    }
    return false;
  }
}
