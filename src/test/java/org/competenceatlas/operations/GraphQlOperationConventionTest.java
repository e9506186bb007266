package org.competenceatlas.operations;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.execution.ExecutionId;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;

class GraphQlOperationConventionTest {

  @Test
  void operationNamesBeyondTheLimitShareOneSeries() {
    var convention = new GraphQlOperationConvention(2);

    assertThat(tag(convention, "first")).isEqualTo("first");
    assertThat(tag(convention, "second")).isEqualTo("second");
    assertThat(tag(convention, "third")).isEqualTo("other");
    assertThat(tag(convention, "first")).isEqualTo("first");
  }

  @Test
  void aNameThatIsNoGraphQlNameIsNotTrusted() {
    var convention = new GraphQlOperationConvention(10);

    assertThat(tag(convention, "drop table\nfake log line")).isEqualTo("invalid");
    assertThat(tag(convention, "x".repeat(65))).isEqualTo("invalid");
    assertThat(tag(convention, null)).isEqualTo("anonymous");
  }

  @Test
  void theOperationNameIsNoLongerAHighCardinalityKey() {
    var convention = new GraphQlOperationConvention(10);

    var keys = convention.getHighCardinalityKeyValues(context("findNurse")).stream().toList();

    assertThat(keys).noneMatch(key -> key.getKey().equals("graphql.operation.name"));
  }

  private static String tag(GraphQlOperationConvention convention, String operationName) {
    return convention.getLowCardinalityKeyValues(context(operationName)).stream()
        .filter(key -> key.getKey().equals(GraphQlOperationConvention.OPERATION_NAME))
        .findFirst()
        .orElseThrow()
        .getValue();
  }

  private static ExecutionRequestObservationContext context(String operationName) {
    return new ExecutionRequestObservationContext(
        ExecutionInput.newExecutionInput("{ schemaVersion }")
            .operationName(operationName)
            .executionId(ExecutionId.generate())
            .build());
  }
}
