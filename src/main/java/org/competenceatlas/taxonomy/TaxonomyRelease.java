package org.competenceatlas.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An imported release of a published taxonomy, from a {@code :TaxonomyRelease} node: its counts are
 * stored as {@code nodes_<label>}, {@code relationships_<type>} and {@code deprecated_<label>}
 * properties.
 */
public record TaxonomyRelease(
    String id,
    String source,
    String version,
    String importedAt,
    List<String> languages,
    List<Count> counts,
    List<Count> deprecated,
    int skippedRows) {

  /** How many nodes with a label, or relationships of a type, a release has. */
  public record Count(String kind, int count) {}

  static TaxonomyRelease fromProperties(Map<String, Object> node) {
    var counts = new ArrayList<Count>();
    var deprecated = new ArrayList<Count>();
    new TreeMap<>(node)
        .forEach(
            (key, value) -> {
              if (!(value instanceof Number number)) {
                return;
              }
              if (key.startsWith("nodes_")) {
                counts.add(new Count(key.substring("nodes_".length()), number.intValue()));
              } else if (key.startsWith("relationships_")) {
                counts.add(new Count(key.substring("relationships_".length()), number.intValue()));
              } else if (key.startsWith("deprecated_")) {
                deprecated.add(new Count(key.substring("deprecated_".length()), number.intValue()));
              }
            });
    return new TaxonomyRelease(
        (String) node.get("id"),
        (String) node.get("source"),
        (String) node.get("version"),
        String.valueOf(node.get("importedAt")),
        ConceptStatus.releases(node.get("languages")),
        counts,
        deprecated,
        node.get("skippedRows") instanceof Number n ? n.intValue() : 0);
  }
}
