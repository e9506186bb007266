package org.competenceatlas.learner;

/** The setting of an experience (the schema's {@code ExperienceContext}). */
public enum ExperienceContext {
  EDUCATION,
  WORK,
  VOLUNTEERING,
  CARE,
  LEISURE,
  OTHER
}
