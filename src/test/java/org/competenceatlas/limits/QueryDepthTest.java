package org.competenceatlas.limits;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.CoercedVariables;
import graphql.parser.Parser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How deep a document nests, as the depth limit counts it, read off the document alone. */
class QueryDepthTest {

  @Test
  void countsNestedFieldsButNotTheFragmentsBetweenThem() {
    assertThat(depth("{ a { b { c } } }")).isEqualTo(3);
    assertThat(depth("{ a { ...F } } fragment F on T { b { c { d } } }")).isEqualTo(4);
    assertThat(depth("{ a { ... on T { b } } x }")).isEqualTo(2);
  }

  @Test
  void leavesOutIntrospectionFields() {
    assertThat(depth("{ __schema { types { fields { name } } } a { __typename } }")).isEqualTo(1);
  }

  @Test
  void leavesOutWhatSkipAndIncludeLeaveOut() {
    var document = "query($s: Boolean!) { a { b @skip(if: $s) { c { d } } } }";
    assertThat(depth(document, Map.of("s", true))).isEqualTo(1);
    assertThat(depth(document, Map.of("s", false))).isEqualTo(4);
    assertThat(
            depth(
                "{ a @include(if: false) { b } x ...F @skip(if: true) } fragment F on Q { y { z } }"))
        .isEqualTo(1);
    assertThat(depth("{ a { ... @include(if: true) { b { c } } } }")).isEqualTo(3);
  }

  @Test
  void measuresTheOperationNamed() {
    var document = "query shallow { a } query deep { a { b { c } } }";
    assertThat(query(document, "deep", Map.of()).depth()).isEqualTo(3);
    assertThat(query(document, "shallow", Map.of()).depth()).isEqualTo(1);
  }

  private static int depth(String document) {
    return depth(document, Map.of());
  }

  private static int depth(String document, Map<String, Object> variables) {
    return query(document, null, variables).depth();
  }

  private static QueryLimitsInstrumentation.Query query(
      String document, String operation, Map<String, Object> variables) {
    return new QueryLimitsInstrumentation.Query(
        null, Parser.parse(document), operation, CoercedVariables.of(variables));
  }
}
