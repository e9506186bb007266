package org.competenceatlas.learner;

import java.util.Map;

/** Something a learner did or went through, from an {@code :Experience} node. */
public record Experience(
    String id,
    String kind,
    String context,
    String title,
    String organisation,
    String startDate,
    String endDate,
    String description) {

  static Experience fromProperties(Map<String, Object> node) {
    return new Experience(
        (String) node.get("id"),
        (String) node.get("kind"),
        (String) node.get("context"),
        (String) node.get("title"),
        (String) node.get("organisation"),
        text(node.get("startDate")),
        text(node.get("endDate")),
        (String) node.get("description"));
  }

  public boolean ongoing() {
    return endDate == null;
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
