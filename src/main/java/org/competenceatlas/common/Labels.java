package org.competenceatlas.common;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A concept's preferred label, alternative labels and description in each language it has. Stored
 * in the graph as properties {@code prefLabel_<lang>}, {@code altLabels_<lang>} and {@code
 * description_<lang>}, so a new language needs no schema change.
 */
public record Labels(
    Map<String, String> preferred,
    Map<String, List<String>> alternative,
    Map<String, String> description) {

  public static final String FALLBACK_LANGUAGE = "en";

  public static Labels fromProperties(Map<String, Object> properties) {
    var preferred = new TreeMap<String, String>();
    var alternative = new TreeMap<String, List<String>>();
    var description = new TreeMap<String, String>();
    properties.forEach(
        (key, value) -> {
          if (key.startsWith("prefLabel_") && value instanceof String text) {
            preferred.put(key.substring("prefLabel_".length()), text);
          } else if (key.startsWith("altLabels_") && value instanceof List<?> texts) {
            alternative.put(
                key.substring("altLabels_".length()), texts.stream().map(String::valueOf).toList());
          } else if (key.startsWith("description_") && value instanceof String text) {
            description.put(key.substring("description_".length()), text);
          }
        });
    return new Labels(preferred, alternative, description);
  }

  /** The label in {@code language}, else in English, else in any language the concept has. */
  public String preferred(String language) {
    return pick(preferred, language);
  }

  /** Alternative labels in {@code language}, else in English; never mixed across languages. */
  public List<String> alternative(String language) {
    var own = alternative.get(language);
    if (own != null) {
      return own;
    }
    return alternative.getOrDefault(FALLBACK_LANGUAGE, List.of());
  }

  public String description(String language) {
    return pick(description, language);
  }

  private static <T> T pick(Map<String, T> values, String language) {
    var own = values.get(language);
    if (own != null) {
      return own;
    }
    var fallback = values.get(FALLBACK_LANGUAGE);
    if (fallback != null || values.isEmpty()) {
      return fallback;
    }
    return values.values().iterator().next();
  }
}
