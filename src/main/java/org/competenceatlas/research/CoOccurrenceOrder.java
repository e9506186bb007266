package org.competenceatlas.research;

/** How co-occurring outcomes are ranked. */
public enum CoOccurrenceOrder {
  COUNT,
  JACCARD,
  LIFT
}
