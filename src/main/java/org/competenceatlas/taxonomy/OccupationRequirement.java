package org.competenceatlas.taxonomy;

/** An occupation that requires a learning outcome, and how much. */
public record OccupationRequirement(Occupation occupation, Importance importance) {}
