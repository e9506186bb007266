package org.competenceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQL;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class InstrumentationChainTest {

  private static final String SCHEMA = "type Query { items: [Item] } type Item { name: String }";

  /** Upper-cases what every data fetcher returns, as access checks and retries wrap fetchers. */
  static class UpperCase extends SimplePerformantInstrumentation {
    @Override
    public DataFetcher<?> instrumentDataFetcher(
        DataFetcher<?> fetcher,
        InstrumentationFieldFetchParameters parameters,
        InstrumentationState state) {
      return env -> fetcher.get(env) instanceof String text ? text.toUpperCase() : fetcher.get(env);
    }
  }

  /** Records each field fetched and completed, as a tracing instrumentation would. */
  static class Tracing extends SimplePerformantInstrumentation {
    final List<String> seen = new CopyOnWriteArrayList<>();

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(
        InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
      seen.add("fetch " + parameters.getExecutionStepInfo().getPath());
      return FieldFetchingInstrumentationContext.NOOP;
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(
        InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
      seen.add("complete " + parameters.getExecutionStepInfo().getPath());
      return SimpleInstrumentationContext.noOp();
    }
  }

  private static GraphQL graphQl(InstrumentationChain chain) {
    var wiring =
        RuntimeWiring.newRuntimeWiring()
            .type(
                "Query",
                type ->
                    type.dataFetcher(
                        "items", env -> List.of(Map.of("name", "nurse"), Map.of("name", "cook"))))
            .build();
    var schema =
        new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
    return GraphQL.newGraphQL(schema).instrumentation(chain).build();
  }

  @Test
  void wrapsEveryDataFetcherWhenNoInstrumentationTracesFields() {
    var result =
        graphQl(new InstrumentationChain(List.of(new UpperCase()))).execute("{ items { name } }");

    assertThat(result.getErrors()).isEmpty();
    assertThat(result.<Map<String, Object>>getData())
        .isEqualTo(Map.of("items", List.of(Map.of("name", "NURSE"), Map.of("name", "COOK"))));
  }

  @Test
  void stillCallsAnInstrumentationThatTracesFields() {
    var tracing = new Tracing();
    var result =
        graphQl(new InstrumentationChain(List.of(new UpperCase(), tracing)))
            .execute("{ items { name } }");

    assertThat(result.getErrors()).isEmpty();
    assertThat(tracing.seen)
        .contains(
            "fetch /items",
            "fetch /items[0]/name",
            "fetch /items[1]/name",
            "complete /items",
            "complete /items[1]/name");
  }

  @Test
  void tellsAnInstrumentationThatTracesFieldsFromOneThatOnlyWrapsFetchers() {
    assertThat(InstrumentationChain.overrides(new Tracing(), "beginFieldFetching")).isTrue();
    assertThat(InstrumentationChain.overrides(new Tracing(), "beginFieldExecution")).isFalse();
    assertThat(InstrumentationChain.overrides(new UpperCase(), "beginFieldFetching")).isFalse();
    assertThat(InstrumentationChain.overrides(new UpperCase(), "instrumentDataFetcher")).isTrue();
  }
}
