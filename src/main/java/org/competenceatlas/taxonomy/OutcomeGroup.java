package org.competenceatlas.taxonomy;

import java.util.Map;
import org.competenceatlas.common.Labels;

/** A group in the learning-outcome hierarchy, from an {@code :OutcomeGroup} node. */
public record OutcomeGroup(String id, String code, Labels labels) implements SkillConcept {

  public static OutcomeGroup fromProperties(Map<String, Object> node) {
    return new OutcomeGroup(
        (String) node.get("id"), (String) node.get("code"), Labels.fromProperties(node));
  }
}
