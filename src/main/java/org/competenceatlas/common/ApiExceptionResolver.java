package org.competenceatlas.common;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
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
    if (ex instanceof AccessRefusedException refused) {
      return GraphqlErrorBuilder.newError(env)
          .errorType(refused.signInWouldHelp() ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
          .message(refused.getMessage())
          .build();
    }
    return null;
  }
}
