package org.competenceatlas.meaning;

/**
 * Where a meaning layer stands; the schema's {@code MeaningLayerState}. A {@code :MeaningLayer}
 * node stores the name in its {@code state} property, except ABSENT, which no node stores.
 */
public enum MeaningLayerState {
  ABSENT,
  COMPUTING,
  READY,
  MODEL_UNAVAILABLE,
  FAILED
}
