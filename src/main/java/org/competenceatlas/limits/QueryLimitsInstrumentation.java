package org.competenceatlas.limits;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLSchema;
import graphql.util.TraversalControl;
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

    int depth() {
      var deepest = new int[] {0};
      QueryTraverser.newQueryTraverser()
          .schema(schema)
          .document(document)
          .operationName(operationName)
          .coercedVariables(variables)
          .build()
          .visitPreOrder(
              new QueryVisitorStub() {
                @Override
                public TraversalControl visitFieldWithControl(QueryVisitorFieldEnvironment env) {
                  if (env.getFieldDefinition().getName().startsWith("__")) {
                    return TraversalControl.ABORT;
                  }
                  int depth = 1;
                  for (var parent = env.getParentEnvironment();
                      parent != null;
                      parent = parent.getParentEnvironment()) {
                    depth++;
                  }
                  deepest[0] = Math.max(deepest[0], depth);
                  return TraversalControl.CONTINUE;
                }
              });
      return deepest[0];
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
