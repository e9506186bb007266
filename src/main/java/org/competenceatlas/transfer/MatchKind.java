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
  /** Both sit directly under the same, narrow enough, broader concept. */
  SHARED_GROUP,
  /** Both sit two levels under the same, narrow enough, broader concept. */
  SHARED_ANCESTOR
}
