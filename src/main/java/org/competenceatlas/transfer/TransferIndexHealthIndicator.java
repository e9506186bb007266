package org.competenceatlas.transfer;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness component {@code transferIndex}: OUT_OF_SERVICE until the in-memory transfer index is
 * built and the warm-up requests are answered ({@link TransferWarmUp}), so a load balancer sends no
 * request that would wait seconds for the build, be answered from the graph at many times the cost,
 * or pay for loading the code. With {@code atlas.transfer.warm-up=false} the first request builds
 * it, so readiness does not wait for it.
 */
@Component("transferIndex")
class TransferIndexHealthIndicator implements HealthIndicator {

  private final TaxonomySnapshots snapshots;
  private final TransferWarmUp warmUp;

  TransferIndexHealthIndicator(TaxonomySnapshots snapshots, TransferWarmUp warmUp) {
    this.snapshots = snapshots;
    this.warmUp = warmUp;
  }

  @Override
  public Health health() {
    if (snapshots.built() && warmUp.answered()) {
      return Health.up().withDetail("built", true).build();
    }
    if (!snapshots.warmsUp()) {
      return Health.up()
          .withDetail("built", false)
          .withDetail("reason", "atlas.transfer.warm-up=false: the first request builds it")
          .build();
    }
    if (snapshots.built()) {
      return Health.outOfService()
          .withDetail("built", true)
          .withDetail("reason", "Answering the warm-up requests")
          .build();
    }
    return Health.outOfService()
        .withDetail("built", false)
        .withDetail("reason", "The transfer index is being built")
        .build();
  }
}
