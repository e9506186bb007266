package org.competenceatlas.learner;

/** What an assessment is for: summative (of), formative (for) or reflective (as learning). */
public enum AssessmentFunction {
  OF_LEARNING,
  FOR_LEARNING,
  AS_LEARNING
}
