package org.competenceatlas.graphql;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;
import java.util.List;
import java.util.Set;
import org.competenceatlas.common.Labelled;
import org.competenceatlas.common.Language;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Resolves {@code label}, {@code altLabels} and {@code description} with a {@code language}
 * argument on every type whose Java value is {@link Labelled}, so no capability repeats that code.
 */
@Component
class LabelFieldsWiring implements RuntimeWiringConfigurer {

  private static final Set<String> FIELDS = Set.of("label", "altLabels", "description");

  @Override
  public void configure(RuntimeWiring.Builder builder) {}

  @Override
  public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
    container.add(new LabelFetchers());
  }

  private static final class LabelFetchers implements WiringFactory {

    @Override
    public boolean providesDataFetcher(FieldWiringEnvironment environment) {
      var field = environment.getFieldDefinition();
      return FIELDS.contains(field.getName())
          && field.getInputValueDefinitions().stream()
              .anyMatch(argument -> argument.getName().equals("language"));
    }

    @Override
    public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
      return new LabelFetcher(environment.getFieldDefinition().getName());
    }
  }

  /**
   * Trivial in graphql-java's sense, like a property read: it picks a value the object already
   * holds. Observations (metrics, traces) skip such fetchers; a page of results has hundreds of
   * labels, and timing each one cost more than reading it.
   */
  private record LabelFetcher(String field) implements TrivialDataFetcher<Object> {

    @Override
    public Object get(DataFetchingEnvironment env) {
      if (!(env.getSource() instanceof Labelled labelled)) {
        return null;
      }
      var language = Language.require(env.getArgument("language"));
      return switch (field) {
        case "label" -> labelled.labels().preferred(language);
        case "altLabels" -> labelled.labels().alternative(language);
        default -> labelled.labels().description(language);
      };
    }
  }
}
