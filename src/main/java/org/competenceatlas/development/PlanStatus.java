package org.competenceatlas.development;

/** Whether a development plan is the one being followed (the schema's {@code PlanStatus}). */
enum PlanStatus {
  ACTIVE,
  SUPERSEDED
}
