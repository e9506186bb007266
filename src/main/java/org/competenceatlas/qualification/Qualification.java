package org.competenceatlas.qualification;

import java.util.Map;
import org.competenceatlas.common.Labelled;
import org.competenceatlas.common.Labels;

/** A standard of education, from a {@code :Qualification} node. */
public record Qualification(
    String id,
    Integer eqfLevel,
    Integer nlqfLevel,
    String qualificationType,
    String awardingBody,
    Labels labels)
    implements Labelled {

  static Qualification fromProperties(Map<String, Object> node) {
    return new Qualification(
        (String) node.get("id"),
        level(node.get("eqfLevel")),
        level(node.get("nlqfLevel")),
        (String) node.get("qualificationType"),
        (String) node.get("awardingBody"),
        Labels.fromProperties(node));
  }

  private static Integer level(Object value) {
    return value instanceof Number number ? number.intValue() : null;
  }
}
