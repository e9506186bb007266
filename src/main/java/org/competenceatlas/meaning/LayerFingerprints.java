package org.competenceatlas.meaning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.competenceatlas.meaning.MeaningRepository.OutcomeText;

/**
 * What the meaning layer is keyed on: the text of an outcome the model embeds, the key that tells a
 * stored embedding of that text and model from a stale one, and the basis of a scope's layer, which
 * tells whether the layer must be computed again.
 */
final class LayerFingerprints {

  private LayerFingerprints() {}

  /** The text the model reads: the English label, then the description where there is one. */
  static String text(OutcomeText outcome) {
    if (outcome.label() == null || outcome.label().isBlank()) {
      return null;
    }
    var label = outcome.label().strip();
    var description = outcome.description() == null ? "" : outcome.description().strip();
    return description.isEmpty() ? label : label + ". " + description;
  }

  static String key(String model, String text) {
    return sha256(model + "\n" + text).substring(0, 32);
  }

  /**
   * A fingerprint of everything the links depend on: the model and parameters, each outcome's text
   * and type, and the hierarchy above the scope's outcomes. An equal basis means there is nothing
   * to compute; another scope's change leaves it equal.
   */
  static String basis(
      String model,
      List<OutcomeText> outcomes,
      Map<String, String> keys,
      MeaningRepository.HierarchyRows hierarchy) {
    var text = new StringBuilder(MeaningParameters.VERSION).append('\n').append(model);
    for (var outcome : outcomes) {
      text.append('\n')
          .append(outcome.id())
          .append(' ')
          .append(keys.getOrDefault(outcome.id(), "-"))
          .append(outcome.knowledge() ? " k" : " s");
    }
    var above = new java.util.HashSet<String>();
    outcomes.forEach(outcome -> above.add(outcome.id()));
    var parents = new java.util.HashMap<String, List<String>>();
    for (var link : hierarchy.broader()) {
      parents.computeIfAbsent(link.child(), child -> new ArrayList<>()).add(link.parent());
    }
    var queue = new java.util.ArrayDeque<>(above);
    while (!queue.isEmpty()) {
      for (var parent : parents.getOrDefault(queue.poll(), List.of())) {
        if (above.add(parent)) {
          queue.add(parent);
        }
      }
    }
    hierarchy.broader().stream()
        .filter(link -> above.contains(link.child()))
        .map(link -> link.child() + ">" + link.parent())
        .sorted()
        .forEach(pair -> text.append('\n').append(pair));
    return sha256(text.toString());
  }

  /**
   * A fingerprint of every scope's stored layer (its state, when and from what it was computed):
   * equal fingerprints mean the stored embeddings did not change.
   */
  static String layers(String model, List<Map<String, Object>> layers) {
    var text = new StringBuilder(model);
    for (var layer : layers) {
      text.append('\n')
          .append(layer.get("scope"))
          .append(' ')
          .append(layer.get("state"))
          .append(' ')
          .append(layer.get("computedAt"))
          .append(' ')
          .append(layer.get("basis"));
    }
    return sha256(text.toString()).substring(0, 32);
  }

  private static String sha256(String text) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
