package org.competenceatlas.transfer;

/**
 * One ranked destination of a source, with its score. Its explanation is computed only when asked
 * for, so ranking thousands of destinations stays cheap.
 */
public record Transition(Endpoint to, ScoreParts parts, Holdings holdings, Target target) {

  /** The destination inside the snapshot the ranking was made on. */
  public record Target(boolean qualification, int index) {}
}
