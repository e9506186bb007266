package org.competenceatlas.operations;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Readiness component {@code taxonomy}: which releases and data sets the graph holds and how many
 * occupations and outcomes. Without any occupation the service cannot answer its main questions, so
 * it is OUT_OF_SERVICE (HTTP 503) unless {@code atlas.health.require-taxonomy=false}.
 */
@Component
class TaxonomyHealthIndicator extends AbstractHealthIndicator {

  private final GraphStatusRepository graph;
  private final HealthProperties properties;

  TaxonomyHealthIndicator(GraphStatusRepository graph, HealthProperties properties) {
    super("Could not read the taxonomy summary");
    this.graph = graph;
    this.properties = properties;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    var summary = graph.taxonomySummary();
    if (summary.hasOccupations() || !properties.requireTaxonomy()) {
      builder.up();
    } else {
      builder
          .outOfService()
          .withDetail(
              "reason",
              "The graph holds no occupation: import a taxonomy release or enable the seed world");
    }
    builder
        .withDetail("releases", summary.releases())
        .withDetail("datasets", summary.datasets())
        .withDetail("occupations", summary.occupations())
        .withDetail("learningOutcomes", summary.learningOutcomes());
  }
}
