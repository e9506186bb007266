package org.competenceatlas.access;

/** What a caller wants to do with a learner's data; {@link LearnerAccess} decides who may. */
public enum LearnerPermission {
  /** See the portfolio: the learner, and advisers and assessors with an active grant. */
  READ,
  /** Share, export or erase it: the learner alone. */
  OWN,
  /** Work on development plans: the learner, and advisers with an active grant. */
  PLAN,
  /** Record validations: assessors with an active assessor grant. */
  VALIDATE
}
