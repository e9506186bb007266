package org.competenceatlas.meaning;

import java.util.Map;

/**
 * The meaning layer of one scope (the outcomes of one source, such as {@code esco} or {@code
 * seed}), as stored in its {@code :MeaningLayer} node.
 *
 * @param progress while computing, the share done (0 to 1); null otherwise
 */
public record MeaningLayerStatus(
    String scope,
    MeaningLayerState state,
    String model,
    Integer outcomes,
    Integer links,
    String computedAt,
    Double seconds,
    Double progress,
    String message) {

  /** A scope whose layer was never computed, so no node stores it. */
  static MeaningLayerStatus absent(String scope, String model) {
    return new MeaningLayerStatus(
        scope, MeaningLayerState.ABSENT, model, null, null, null, null, null, null);
  }

  /** The status as a {@code :MeaningLayer} node stores it; an expired lease means a failed run. */
  static MeaningLayerStatus fromStored(Map<String, Object> layer) {
    var stored = (String) layer.get("state");
    var state = stored == null ? null : MeaningLayerState.valueOf(stored);
    boolean expired = Boolean.TRUE.equals(layer.get("leaseExpired"));
    if (state == MeaningLayerState.COMPUTING && expired) {
      state = MeaningLayerState.FAILED;
    }
    Double progress = null;
    if (state == MeaningLayerState.COMPUTING && layer.get("total") instanceof Number total) {
      long done = layer.get("done") instanceof Number n ? n.longValue() : 0;
      progress = total.longValue() > 0 ? (double) done / total.longValue() : null;
    }
    var message = (String) layer.get("message");
    if (state == MeaningLayerState.FAILED && message == null) {
      message = "The computation stopped without finishing; it starts again at the next check.";
    }
    return new MeaningLayerStatus(
        (String) layer.get("scope"),
        state,
        (String) layer.get("model"),
        integer(layer.get("outcomes")),
        integer(layer.get("links")),
        (String) layer.get("computedAt"),
        layer.get("seconds") instanceof Number n ? n.doubleValue() : null,
        progress,
        message);
  }

  private static Integer integer(Object value) {
    return value instanceof Number n ? n.intValue() : null;
  }
}
