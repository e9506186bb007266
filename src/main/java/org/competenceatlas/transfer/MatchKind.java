package org.competenceatlas.transfer;

/** How a held outcome supports a required one. */
public enum MatchKind {
  /** The same concept. */
  SAME,
  /** The held outcome is a narrower case of the required one. */
  HELD_NARROWER,
  /** The held outcome is the broader concept of the required one. */
  HELD_BROADER,
  /** ESCO relates the two outcomes. */
  RELATED,
  /** The meaning layer links them, and both sit directly under the same broader group. */
  SHARED_GROUP,
  /** No longer produced: two levels up the hierarchy was no evidence of a transfer. */
  SHARED_ANCESTOR,
  /** The meaning layer found that their labels and descriptions say much the same. */
  SIMILAR;

  /** Whether the held outcome is another outcome than the required one. */
  boolean indirect() {
    return this != SAME;
  }
}
