package org.competenceatlas.security;

import org.competenceatlas.access.LearnerPermission;

/** The rules of the {@code @access} directive in {@code graphql-schema/schema.graphqls}. */
enum AccessRule {
  TAXONOMY(null),
  SIGNED_IN(null),
  LEARNER_READ(LearnerPermission.READ),
  LEARNER_OWNER(LearnerPermission.OWN),
  LEARNER_PLAN(LearnerPermission.PLAN),
  LEARNER_VALIDATE(LearnerPermission.VALIDATE),
  RESEARCHER(null),
  ADMIN(null);

  private final LearnerPermission learnerPermission;

  AccessRule(LearnerPermission learnerPermission) {
    this.learnerPermission = learnerPermission;
  }

  /** What the rule asks of the named learner's data; null for rules about roles alone. */
  LearnerPermission learnerPermission() {
    return learnerPermission;
  }
}
