package org.competenceatlas.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import org.competenceatlas.common.PageRequest;

/**
 * What a field costs: 1 plus its selection, times its {@code first} argument where it has one (the
 * number of results it may return). A root field costs {@value #ROOT_FIELD_COST} more: each one,
 * and each alias of one, is a database query or a transfer computation of its own, while nested
 * fields are loaded in batches. Introspection costs nothing here; graphql-java's good-faith
 * introspection check bounds it.
 */
class QueryCost implements FieldComplexityCalculator {

  static final String FIRST = "first";
  static final int ROOT_FIELD_COST = 10;

  @Override
  public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
    var field = environment.getFieldDefinition();
    if (field.getName().startsWith("__")) {
      return 0;
    }
    long cost = (1L + childComplexity) * multiplier(field, environment);
    if (environment.getParentEnvironment() == null) {
      cost += ROOT_FIELD_COST;
    }
    return (int) Math.min(Integer.MAX_VALUE, cost);
  }

  /**
   * Clamped to the page sizes the API accepts: a {@code first} out of range is refused by its
   * resolver with a message about {@code first}, which says more than "too complex" would.
   */
  private static long multiplier(GraphQLFieldDefinition field, FieldComplexityEnvironment env) {
    if (field.getArgument(FIRST) == null || !(env.getArguments().get(FIRST) instanceof Integer n)) {
      return 1;
    }
    return Math.max(1, Math.min(n, PageRequest.MAX_PAGE_SIZE));
  }
}
