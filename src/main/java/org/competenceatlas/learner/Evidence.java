package org.competenceatlas.learner;

import java.time.LocalDate;
import java.util.Map;

/** A reference to what supports a claim, from an {@code :Evidence} node. */
public record Evidence(String id, EvidenceKind kind, String title, String link, LocalDate date) {

  static Evidence fromProperties(Map<String, Object> node) {
    return new Evidence(
        (String) node.get("id"),
        EvidenceKind.valueOf((String) node.get("kind")),
        (String) node.get("title"),
        (String) node.get("link"),
        (LocalDate) node.get("date"));
  }
}
