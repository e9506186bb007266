package org.competenceatlas.transfer;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness component {@code transferIndex}: OUT_OF_SERVICE until the in-memory transfer index is
 * built, so a load balancer sends no request that would wait seconds for the build, or be answered
 * from the graph at many times the cost. With {@code atlas.transfer.warm-up=false} the first
 * request builds it, so readiness does not wait for it.
 */
@Component("transferIndex")
class TransferIndexHealthIndicator implements HealthIndicator {

  private final TaxonomySnapshots snapshots;

  TransferIndexHealthIndicator(TaxonomySnapshots snapshots) {
    this.snapshots = snapshots;
  }

  @Override
  public Health health() {
    if (snapshots.built()) {
      return Health.up().withDetail("built", true).build();
    }
    if (!snapshots.warmsUp()) {
      return Health.up()
          .withDetail("built", false)
          .withDetail("reason", "atlas.transfer.warm-up=false: the first request builds it")
          .build();
    }
    return Health.outOfService()
        .withDetail("built", false)
        .withDetail("reason", "The transfer index is being built")
        .build();
  }
}
