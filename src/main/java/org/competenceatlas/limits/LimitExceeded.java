package org.competenceatlas.limits;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The classification of an error that refuses a request for exceeding a limit. Its extensions name
 * the limit's property and configured value, so a client can tell which one it hit.
 */
enum LimitExceeded implements ErrorClassification {
  QUERY_TOO_DEEP,
  QUERY_TOO_COMPLEX,
  REQUEST_TOO_LARGE,
  TIMEOUT;

  GraphQLError error(String message, String property, Object max, Object actual) {
    var extensions = new LinkedHashMap<String, Object>();
    extensions.put("limit", property);
    extensions.put("max", max);
    if (actual != null) {
      extensions.put("actual", actual);
    }
    return GraphqlErrorBuilder.newError()
        .errorType(this)
        .message(message)
        .extensions(Map.copyOf(extensions))
        .build();
  }
}
