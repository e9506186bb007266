package org.competenceatlas.taxonomy;

/** A learning outcome a standard requires, and how much. */
public record OutcomeRequirement(LearningOutcome outcome, Importance importance) {}
