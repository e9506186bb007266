package org.competenceatlas.meaning;

/**
 * The meaning layer of one scope (the outcomes of one source, such as {@code esco} or {@code
 * seed}), as stored in its {@code :MeaningLayer} node.
 *
 * @param state ABSENT, COMPUTING, READY, MODEL_UNAVAILABLE or FAILED
 * @param progress while computing, the share done (0 to 1); null otherwise
 */
public record MeaningLayerStatus(
    String scope,
    String state,
    String model,
    Integer outcomes,
    Integer links,
    String computedAt,
    Double seconds,
    Double progress,
    String message) {}
