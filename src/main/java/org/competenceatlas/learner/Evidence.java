package org.competenceatlas.learner;

import java.util.Map;

/** A reference to what supports a claim, from an {@code :Evidence} node. */
public record Evidence(String id, String kind, String title, String link, String date) {

  static Evidence fromProperties(Map<String, Object> node) {
    return new Evidence(
        (String) node.get("id"),
        (String) node.get("kind"),
        (String) node.get("title"),
        (String) node.get("link"),
        Experience.text(node.get("date")));
  }
}
