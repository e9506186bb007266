package org.competenceatlas.research;

/** The entry point to anonymised learner counts; its fields compute the groups when asked. */
public record LearnerAggregates(int minimumGroupSize, int roundedTo) {}
