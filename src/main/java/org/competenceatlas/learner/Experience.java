package org.competenceatlas.learner;

import java.time.LocalDate;
import java.util.Map;

/** Something a learner did or went through, from an {@code :Experience} node. */
public record Experience(
    String id,
    ExperienceKind kind,
    ExperienceContext context,
    String title,
    String organisation,
    LocalDate startDate,
    LocalDate endDate,
    String description) {

  static Experience fromProperties(Map<String, Object> node) {
    return new Experience(
        (String) node.get("id"),
        ExperienceKind.valueOf((String) node.get("kind")),
        ExperienceContext.valueOf((String) node.get("context")),
        (String) node.get("title"),
        (String) node.get("organisation"),
        (LocalDate) node.get("startDate"),
        (LocalDate) node.get("endDate"),
        (String) node.get("description"));
  }

  public boolean ongoing() {
    return endDate == null;
  }
}
