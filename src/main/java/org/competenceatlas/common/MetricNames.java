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

  /**
   * Counter: mutations refused by the write admission, retryably; tag {@code scope} ({@code
   * learner}, {@code total}).
   */
  public static final String WRITES_REFUSED = "atlas.writes.refused";

  /**
   * Counter: GraphQL requests refused, retryably, because no execution slot came in time; tag
   * {@code kind} ({@code write} for a mutation whose wait was cut to answer it in time, {@code
   * request}).
   */
  public static final String EXECUTION_REFUSED = "atlas.execution.refused";

  /** Gauge: GraphQL requests waiting for an execution slot now. */
  public static final String EXECUTION_WAITING = "atlas.execution.waiting";

  private MetricNames() {}
}
