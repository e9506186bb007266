package org.competenceatlas.limits;

import graphql.ExecutionResult;
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
import graphql.schema.GraphQLSchema;
import graphql.util.TraversalControl;

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

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    var execution = parameters.getExecutionContext();
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
