package org.competenceatlas.taxonomy;

import java.util.List;

/**
 * Whether the newest imported release of a taxonomy still has a concept; stored as 'released' or
 * 'deprecated'. Concepts that no release brought (the seed world's) count as released.
 */
public enum ConceptStatus {
  RELEASED,
  DEPRECATED;

  static ConceptStatus fromGraph(Object value) {
    return "deprecated".equals(value) ? DEPRECATED : RELEASED;
  }

  /** The {@code releases} property: the versions of the releases a concept appears in. */
  static List<String> releases(Object value) {
    if (value instanceof List<?> versions) {
      return versions.stream().map(String::valueOf).toList();
    }
    return List.of();
  }
}
