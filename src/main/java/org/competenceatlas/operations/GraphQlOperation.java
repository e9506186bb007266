package org.competenceatlas.operations;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;

/**
 * The name and type of the operation a GraphQL request ran, as logs and metrics show them. The name
 * comes from the parsed document where there is one, else from the request; either way it is the
 * client's text, so anything that is not a GraphQL name is replaced.
 */
record GraphQlOperation(String name, String type) {

  static final String ANONYMOUS = "anonymous";
  static final String INVALID = "invalid";
  private static final Pattern GRAPHQL_NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");

  static GraphQlOperation of(ExecutionRequestObservationContext context) {
    String name = null;
    String type = "unknown";
    var execution = context.getExecutionContext();
    if (execution != null && execution.getOperationDefinition() != null) {
      var definition = execution.getOperationDefinition();
      name = definition.getName();
      type = definition.getOperation().name().toLowerCase(Locale.ROOT);
    }
    if (name == null) {
      name = context.getExecutionInput().getOperationName();
    }
    return new GraphQlOperation(clean(name), type);
  }

  static String clean(String name) {
    if (name == null || name.isBlank()) {
      return ANONYMOUS;
    }
    return GRAPHQL_NAME.matcher(name).matches() ? name : INVALID;
  }
}
