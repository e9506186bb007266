package org.competenceatlas.graphql;

import graphql.execution.instrumentation.Instrumentation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Runs every instrumentation bean, in the order Spring Boot would, through {@link
 * InstrumentationChain} instead of graphql-java's own chain.
 */
@Component
class InstrumentationChainInstaller implements GraphQlSourceBuilderCustomizer {

  private final ObjectProvider<Instrumentation> instrumentations;

  InstrumentationChainInstaller(ObjectProvider<Instrumentation> instrumentations) {
    this.instrumentations = instrumentations;
  }

  @Override
  public void customize(GraphQlSource.SchemaResourceBuilder builder) {
    var all = instrumentations.orderedStream().toList();
    builder.configureGraphQl(graphQl -> graphQl.instrumentation(new InstrumentationChain(all)));
  }
}
