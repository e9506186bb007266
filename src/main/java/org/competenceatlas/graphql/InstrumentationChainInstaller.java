package org.competenceatlas.graphql;

import graphql.execution.instrumentation.Instrumentation;
import java.util.Comparator;
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
        instrumentations
            .orderedStream()
            .sorted(Comparator.comparingInt(InstrumentationChainInstaller::outermostLast))
            .toList();
    builder.configureGraphQl(graphQl -> graphQl.instrumentation(new InstrumentationChain(all)));
  }

  /** A stable sort by this keeps Spring's order otherwise. */
  private static int outermostLast(Instrumentation instrumentation) {
    if (instrumentation instanceof GraphQlObservationInstrumentation) {
      return 2;
    }
    return instrumentation instanceof BusyLearnerRefusal ? 1 : 0;
  }
}
