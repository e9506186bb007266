package org.competenceatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The schema decides who may call what: these checks keep a new field from slipping past that
 * decision, and keep a person's data from being reachable through a taxonomy field.
 */
@AtlasTest
class AccessRulesTest {

  /** Types that describe a person or their learning history. */
  private static final Set<String> PERSONAL_TYPES =
      Set.of("Learner", "Goal", "Experience", "Claim", "Evidence", "AccessGrant", "AccessEvent");

  @Autowired GraphQlSource source;

  @Test
  void everyRootFieldSaysWhoMayCallIt() {
    var withoutRule =
        rootFields()
            .filter(field -> AccessInstrumentation.policyOf(field).isEmpty())
            .map(GraphQLFieldDefinition::getName)
            .toList();

    assertThat(rootFields()).isNotEmpty();
    assertThat(withoutRule).isEmpty();
  }

  /**
   * Otherwise the access check would build every property field's step to find out, on every
   * request: a root field without a controller would make every answer slower.
   */
  @Test
  void everyRootFieldAndEveryRuledFieldHasAFetcherOfItsOwn() {
    assertThat(AccessInstrumentation.noPropertyFieldNeedsADecision(source.schema())).isTrue();
  }

  @Test
  void personalDataIsReachableOnlyThroughFieldsThatCheckTheLearner() {
    var leaks = new ArrayList<String>();
    var seen = new HashSet<String>();
    var queue = new ArrayDeque<Map.Entry<String, GraphQLFieldDefinition>>();
    rootFields()
        .filter(field -> !checksTheLearner(field) && !field.getName().equals("me"))
        .forEach(field -> queue.add(Map.entry(field.getName(), field)));
    while (!queue.isEmpty()) {
      var next = queue.poll();
      var type = GraphQLTypeUtil.unwrapAll(next.getValue().getType());
      if (PERSONAL_TYPES.contains(type.getName())) {
        leaks.add(next.getKey());
      }
      if (type instanceof GraphQLObjectType object && seen.add(object.getName())) {
        object
            .getFieldDefinitions()
            .forEach(field -> queue.add(Map.entry(next.getKey() + "." + field.getName(), field)));
      }
    }

    assertThat(seen).contains("Occupation", "Transfer");
    assertThat(leaks).isEmpty();
  }

  private static boolean checksTheLearner(GraphQLFieldDefinition field) {
    return AccessInstrumentation.policyOf(field)
        .map(policy -> policy.rule().learnerPermission() != null)
        .orElse(false);
  }

  private Stream<GraphQLFieldDefinition> rootFields() {
    var schema = source.schema();
    return Stream.of(schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType())
        .filter(java.util.Objects::nonNull)
        .flatMap(type -> type.getFieldDefinitions().stream())
        .filter(field -> !field.getName().startsWith("__"));
  }
}
