package org.competenceatlas.research;

import org.competenceatlas.taxonomy.LearningOutcome;

/** An outcome required by {@code occupations} members of a cluster, {@code share} of them. */
public record SharedOutcome(LearningOutcome outcome, int occupations, double share) {}
