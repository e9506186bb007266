package org.competenceatlas.graphql;

import graphql.execution.instrumentation.Instrumentation;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.stereotype.Component;

/**
 * Runs every instrumentation bean, in the order Spring Boot would, through {@link
 * InstrumentationChain} instead of graphql-java's own chain; {@link BusyLearnerRefusal} and then
 * Spring's observation last, so outermost.
 */
@Component
class InstrumentationChainInstaller implements GraphQlSourceBuilderCustomizer {

  private final ObjectProvider<Instrumentation> instrumentations;

  InstrumentationChainInstaller(ObjectProvider<Instrumentation> instrumentations) {
    this.instrumentations = instrumentations;
  }

  @Override
  public void customize(GraphQlSource.SchemaResourceBuilder builder) {
    // The last wraps all the others. The refusal of a busy learner's writer comes before the access
    // check it spares; Spring's observation still times every root field, refused ones included.
    var all =
        Stream.of(
                instrumentations
                    .orderedStream()
                    .filter(
                        instrumentation ->
                            !(instrumentation instanceof BusyLearnerRefusal)
                                && !(instrumentation instanceof GraphQlObservationInstrumentation)),
                instrumentations.orderedStream().filter(BusyLearnerRefusal.class::isInstance),
                instrumentations
                    .orderedStream()
                    .filter(GraphQlObservationInstrumentation.class::isInstance))
            .flatMap(stream -> stream)
            .toList();
    builder.configureGraphQl(graphQl -> graphQl.instrumentation(new InstrumentationChain(all)));
  }
}
