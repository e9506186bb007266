package org.competenceatlas.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start-up which taxonomy the service answers from, so the log alone tells. */
@Component
class StartupSummary {

  private static final Logger log = LoggerFactory.getLogger(StartupSummary.class);

  private final GraphStatusRepository graph;
  private final HealthProperties properties;

  StartupSummary(GraphStatusRepository graph, HealthProperties properties) {
    this.graph = graph;
    this.properties = properties;
  }

  /**
   * A stop that arrives just after start-up closes the driver under this query; the summary is a
   * log line, so its failure must not turn that stop into a failed start. A command ({@code
   * import-esco}, …) serves nothing and has no readiness, so it gets no summary.
   */
  @EventListener
  void logTaxonomy(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext)) {
      return;
    }
    TaxonomySummary summary;
    try {
      summary = graph.taxonomySummary();
    } catch (RuntimeException e) {
      log.warn("Could not read which taxonomy is served: {}", e.getMessage());
      return;
    }
    long maxHeapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    if (summary.hasOccupations() || !properties.requireTaxonomy()) {
      log.info("Serving {}. JVM max heap {} MB", summary.describe(), maxHeapMb);
    } else {
      log.warn(
          "The graph holds no occupation ({}); readiness stays OUT_OF_SERVICE until a taxonomy is"
              + " imported. JVM max heap {} MB",
          summary.describe(),
          maxHeapMb);
    }
  }
}
