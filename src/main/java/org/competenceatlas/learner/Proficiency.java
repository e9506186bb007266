package org.competenceatlas.learner;

/** A learner's self-assessed mastery of a claimed outcome, from least to most. */
public enum Proficiency {
  BASIC,
  INTERMEDIATE,
  ADVANCED,
  EXPERT
}
