package org.competenceatlas.learner;

/** The stages of the cycle of learning and validating, in the order a goal passes them. */
public enum CycleStage {
  RECOGNISE,
  VALUE,
  CALIBRATE,
  DEVELOP
}
