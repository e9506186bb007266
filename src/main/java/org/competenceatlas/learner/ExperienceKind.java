package org.competenceatlas.learner;

/** How organised the learning in an experience was (the schema's {@code ExperienceKind}). */
public enum ExperienceKind {
  FORMAL,
  NON_FORMAL,
  INFORMAL
}
