package org.competenceatlas.limits;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.CoercedVariables;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.BooleanValue;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLSchema;
import java.util.HashMap;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/**
 * Refuses a query that nests too deeply or costs too much, after validation and before any field is
 * fetched. graphql-java's own depth check counts introspection fields, and GraphiQL's schema query
 * nests deeper than any real query needs, so depth is measured here without them.
 */
class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

  private final int maxDepth;
  private final int maxComplexity;

  QueryLimitsInstrumentation(int maxDepth, int maxComplexity) {
    this.maxDepth = maxDepth;
    this.maxComplexity = maxComplexity;
  }

  /**
   * The root fields an operation selects, through fragments, {@code __typename} aside. A request
   * with several mutations could answer {@code data: null} after the first had committed, when a
   * later one failed on a non-null field: the client could not tell what was changed.
   */
  private static int rootFields(
      SelectionSet selections, java.util.Map<String, FragmentDefinition> fragments) {
    int count = 0;
    for (var selection : selections.getSelections()) {
      if (selection instanceof Field field) {
        count += field.getName().equals("__typename") ? 0 : 1;
      } else if (selection instanceof InlineFragment inline) {
        count += rootFields(inline.getSelectionSet(), fragments);
      } else if (selection instanceof FragmentSpread spread
          && fragments.get(spread.getName()) != null) {
        count += rootFields(fragments.get(spread.getName()).getSelectionSet(), fragments);
      }
    }
    return count;
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    var execution = parameters.getExecutionContext();
    var operation = execution.getOperationDefinition();
    if (operation.getOperation() == OperationDefinition.Operation.MUTATION) {
      int mutations = rootFields(operation.getSelectionSet(), execution.getFragmentsByName());
      if (mutations > 1) {
        throw new LimitExceededException(
            GraphqlErrorBuilder.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message(
                    "A request may hold one mutation; this one holds "
                        + mutations
                        + ". Nothing was changed. Send each mutation in a request of its own, so"
                        + " that each answer tells whether its change was made.")
                .build());
      }
    }
    var query =
        new Query(
            execution.getGraphQLSchema(),
            execution.getDocument(),
            execution.getExecutionInput().getOperationName(),
            execution.getCoercedVariables());
    int depth = query.depth();
    if (depth > maxDepth) {
      throw new LimitExceededException(
          LimitExceeded.QUERY_TOO_DEEP.error(
              "The query nests "
                  + depth
                  + " fields deep; at most "
                  + maxDepth
                  + " are allowed ("
                  + GraphQlLimitsProperties.MAX_DEPTH
                  + "). Ask for fewer nested fields.",
              GraphQlLimitsProperties.MAX_DEPTH,
              maxDepth,
              depth));
    }
    int cost = query.cost();
    if (cost > maxComplexity) {
      throw new LimitExceededException(
          LimitExceeded.QUERY_TOO_COMPLEX.error(
              "The query costs "
                  + cost
                  + "; at most "
                  + maxComplexity
                  + " is allowed ("
                  + GraphQlLimitsProperties.MAX_COMPLEXITY
                  + "). Every field costs 1 plus its selection, times its 'first' where it has"
                  + " one: ask for fewer fields, aliases or results per page.",
              GraphQlLimitsProperties.MAX_COMPLEXITY,
              maxComplexity,
              cost));
    }
    return super.beginExecuteOperation(parameters, state);
  }

  /** One operation of a document, with the variables it runs with. */
  record Query(
      GraphQLSchema schema, Document document, String operationName, CoercedVariables variables) {

    /**
     * The deepest chain of fields the operation selects, through fragments and without
     * introspection fields or what {@code @skip} and {@code @include} leave out. Read off the
     * document itself: graphql-java's traverser, which gives the same number, looked up each
     * field's definition and cost about as much as fetching the page of a small query.
     */
    int depth() {
      var fragments = new HashMap<String, FragmentDefinition>();
      OperationDefinition operation = null;
      for (var definition : document.getDefinitions()) {
        if (definition instanceof FragmentDefinition fragment) {
          fragments.put(fragment.getName(), fragment);
        } else if (definition instanceof OperationDefinition candidate
            && (operationName == null || operationName.equals(candidate.getName()))
            && operation == null) {
          operation = candidate;
        }
      }
      return operation == null
          ? 0
          : deepest(operation.getSelectionSet(), fragments, variables.toMap());
    }

    private static int deepest(
        SelectionSet selections,
        Map<String, FragmentDefinition> fragments,
        Map<String, Object> variables) {
      if (selections == null) {
        return 0;
      }
      int deepest = 0;
      for (var selection : selections.getSelections()) {
        if (selection instanceof Field field) {
          if (included(field, variables) && !field.getName().startsWith("__")) {
            deepest = Math.max(deepest, 1 + deepest(field.getSelectionSet(), fragments, variables));
          }
        } else if (selection instanceof InlineFragment inline) {
          if (included(inline, variables)) {
            deepest = Math.max(deepest, deepest(inline.getSelectionSet(), fragments, variables));
          }
        } else if (selection instanceof FragmentSpread spread
            && included(spread, variables)
            && fragments.get(spread.getName()) != null) {
          deepest =
              Math.max(
                  deepest,
                  deepest(fragments.get(spread.getName()).getSelectionSet(), fragments, variables));
        }
      }
      return deepest;
    }

    private static boolean included(DirectivesContainer<?> node, Map<String, Object> variables) {
      for (var directive : node.getDirectives()) {
        boolean skip = directive.getName().equals("skip");
        if (skip || directive.getName().equals("include")) {
          var condition = directive.getArgument("if");
          if (condition != null && skip == isTrue(condition.getValue(), variables)) {
            return false;
          }
        }
      }
      return true;
    }

    private static boolean isTrue(Value<?> value, Map<String, Object> variables) {
      return value instanceof BooleanValue literal
          ? literal.isValue()
          : value instanceof VariableReference variable
              && Boolean.TRUE.equals(variables.get(variable.getName()));
    }

    int cost() {
      return QueryComplexityCalculator.newCalculator()
          .fieldComplexityCalculator(new QueryCost())
          .schema(schema)
          .document(document)
          .operationName(operationName)
          .variables(variables)
          .build()
          .calculate();
    }
  }
}
