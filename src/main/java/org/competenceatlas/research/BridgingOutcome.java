package org.competenceatlas.research;

import org.competenceatlas.taxonomy.LearningOutcome;

/**
 * An outcome with the number of ISCO major groups and occupations requiring it, and its
 * participation coefficient over the major groups (1 − Σ share², 0 = all in one group).
 */
public record BridgingOutcome(
    LearningOutcome outcome, int majorGroups, int occupations, double participation) {}
