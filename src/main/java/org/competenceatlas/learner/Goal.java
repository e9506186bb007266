package org.competenceatlas.learner;

import org.competenceatlas.common.Labelled;
import org.competenceatlas.common.Labels;

/** An occupation or qualification a learner aims at. */
public record Goal(String id, String kind, Labels labels) implements Labelled {}
