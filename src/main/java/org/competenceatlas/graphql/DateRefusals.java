package org.competenceatlas.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.parser.Parser;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Answers a refused {@link DateScalar Date} as the API answers other refused input: BAD_REQUEST
 * with the field at fault under {@code argument} ({@code input.startDate}). graphql-java refuses a
 * scalar before anything runs and names only the variable or argument it sits in, so the field is
 * found again by looking for the refused text in the request's variables and literal arguments.
 */
@Component
class DateRefusals implements WebGraphQlInterceptor {

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    return chain
        .next(request)
        .map(
            response -> {
              var errors = response.getExecutionResult().getErrors();
              if (errors.stream().noneMatch(DateRefusals::refusesADate)) {
                return response;
              }
              var answered = errors.stream().map(error -> answer(error, request)).toList();
              return response.transform(builder -> builder.errors(answered));
            });
  }

  private static boolean refusesADate(GraphQLError error) {
    return error.getExtensions() != null
        && error.getExtensions().get(DateScalar.REFUSAL) instanceof String;
  }

  private static GraphQLError answer(GraphQLError error, WebGraphQlRequest request) {
    if (!refusesADate(error)) {
      return error;
    }
    var reason = (String) error.getExtensions().get(DateScalar.REFUSAL);
    var refused = String.valueOf(error.getExtensions().get(DateScalar.REFUSED));
    var field =
        inVariables(request.getVariables(), refused)
            .or(() -> inArguments(request.getDocument(), refused))
            .orElse("date");
    return GraphqlErrorBuilder.newError()
        .errorType(ErrorType.BAD_REQUEST)
        .message(field + " " + reason)
        .locations(error.getLocations())
        .extensions(Map.of("argument", field))
        .build();
  }

  /** Where in the variables {@code text} stands, as {@code input.startDate}. */
  private static Optional<String> inVariables(Map<String, Object> variables, String text) {
    for (var variable : variables.entrySet()) {
      var path = pathTo(variable.getValue(), variable.getKey(), text);
      if (path.isPresent()) {
        return path;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> pathTo(Object value, String path, String text) {
    if (value instanceof Map<?, ?> map) {
      for (var entry : map.entrySet()) {
        var found = pathTo(entry.getValue(), path + "." + entry.getKey(), text);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        var found = pathTo(list.get(i), path + "[" + i + "]", text);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (value != null && String.valueOf(value).equals(text)) {
      return Optional.of(path);
    }
    return Optional.empty();
  }

  /** Where among the document's literal arguments {@code text} stands. */
  private static Optional<String> inArguments(String document, String text) {
    var found = new ArrayList<String>();
    new NodeTraverser()
        .depthFirst(
            new NodeVisitorStub() {
              @Override
              public TraversalControl visitArgument(Argument node, TraverserContext<Node> context) {
                literalPath(node.getValue(), node.getName(), text).ifPresent(found::add);
                return TraversalControl.CONTINUE;
              }
            },
            Parser.parse(document));
    return found.stream().findFirst();
  }

  private static Optional<String> literalPath(Value<?> value, String path, String text) {
    if (value instanceof ObjectValue object) {
      for (var field : object.getObjectFields()) {
        var found = literalPath(field.getValue(), path + "." + field.getName(), text);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (value instanceof ArrayValue array) {
      for (int i = 0; i < array.getValues().size(); i++) {
        var found = literalPath(array.getValues().get(i), path + "[" + i + "]", text);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (value instanceof StringValue string && string.getValue().equals(text)) {
      return Optional.of(path);
    }
    return Optional.empty();
  }
}
