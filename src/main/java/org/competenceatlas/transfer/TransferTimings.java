package org.competenceatlas.transfer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.function.Supplier;
import org.competenceatlas.common.MetricNames;
import org.springframework.stereotype.Component;

/**
 * Times the transfer engine's work as the {@code atlas.transfer} observation, tagged with the
 * operation (transfer, transitions, routes, index-build, ...), for the metrics endpoint.
 */
@Component
public class TransferTimings {

  private final ObservationRegistry registry;

  TransferTimings(ObservationRegistry registry) {
    this.registry = registry;
  }

  public <T> T time(String operation, Supplier<T> work) {
    return Observation.createNotStarted(MetricNames.TRANSFER, registry)
        .lowCardinalityKeyValue("operation", operation)
        .observe(work);
  }
}
