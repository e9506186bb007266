package org.competenceatlas.learner;

import java.util.List;
import java.util.Map;

/** A learner, from a {@code :Learner} node. */
public record Learner(
    String id,
    String displayName,
    String preferredLanguage,
    List<String> values,
    List<String> ambitions) {

  static Learner fromProperties(Map<String, Object> node) {
    return new Learner(
        (String) node.get("id"),
        (String) node.get("displayName"),
        (String) node.getOrDefault("preferredLanguage", "en"),
        texts(node.get("values")),
        texts(node.get("ambitions")));
  }

  private static List<String> texts(Object value) {
    return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
  }
}
