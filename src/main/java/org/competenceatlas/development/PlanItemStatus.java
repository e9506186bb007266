package org.competenceatlas.development;

/** How far a learner is with one item of a plan (the schema's {@code PlanItemStatus}). */
enum PlanItemStatus {
  PLANNED,
  IN_PROGRESS,
  DONE,
  DROPPED
}
