package org.competenceatlas.learner;

/** An assessor's result for one claim in a validation. */
public enum JudgementResult {
  CONFIRMED,
  PARTLY_CONFIRMED,
  NOT_CONFIRMED
}
