package org.competenceatlas.common;

/**
 * Names of the service's own metrics, agreed so that dashboards and alerts can rely on them
 * (docs/operating.md lists them with their tags).
 */
public final class MetricNames {

  /**
   * Observation: one transfer-engine computation; low-cardinality key {@code operation}. Recorded
   * as the {@code atlas_transfer_seconds} timer with a latency histogram and an {@code .active}
   * long-task timer while the work runs.
   */
  public static final String TRANSFER = "atlas.transfer";

  private MetricNames() {}
}
