package org.competenceatlas.learner;

/** How far a claim has been supported; {@link ClaimStatusRule} decides it. */
public enum ClaimStatus {
  SELF_ASSESSED,
  EVIDENCED,
  VALIDATED,
  NOT_CONFIRMED;

  /** The status as stored on a {@code :Claim}, or null where none is. */
  public static ClaimStatus ofStored(String value) {
    return value == null ? null : valueOf(value);
  }
}
