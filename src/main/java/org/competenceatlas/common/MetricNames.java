package org.competenceatlas.common;

/**
 * Names of the service's own metrics, agreed so that dashboards and alerts can rely on them
 * (docs/operating.md lists them with their tags). Time work with Micrometer's Observation API under
 * these names, for example {@code Observation.createNotStarted(MetricNames.ESCO_IMPORT,
 * registry).lowCardinalityKeyValue("release", version).observe(work)}: that records a timer with a
 * latency histogram and a {@code .active} long-task timer while the work runs.
 */
public final class MetricNames {

  /** Observation: one ESCO import run; low-cardinality keys {@code release}, {@code step}. */
  public static final String ESCO_IMPORT = "atlas.esco.import";

  /** Counter: rows an ESCO import has written so far; tags {@code release}, {@code kind}. */
  public static final String ESCO_IMPORT_ROWS = "atlas.esco.import.rows";

  /** Observation: one transfer-engine computation; low-cardinality key {@code operation}. */
  public static final String TRANSFER = "atlas.transfer";

  /** Distribution summary: how many candidates one transfer computation scored. */
  public static final String TRANSFER_CANDIDATES = "atlas.transfer.candidates";

  private MetricNames() {}
}
