package org.competenceatlas.qualification;

import java.util.Map;
import org.competenceatlas.common.Labelled;
import org.competenceatlas.common.Labels;

/** A course, module, programme or workshop, from a {@code :LearningOpportunity} node. */
public record LearningOpportunity(
    String id,
    String provider,
    String opportunityType,
    String mode,
    Integer durationHours,
    Labels labels)
    implements Labelled {

  static LearningOpportunity fromProperties(Map<String, Object> node) {
    return new LearningOpportunity(
        (String) node.get("id"),
        (String) node.get("provider"),
        (String) node.get("opportunityType"),
        (String) node.get("mode"),
        node.get("durationHours") instanceof Number hours ? hours.intValue() : null,
        Labels.fromProperties(node));
  }
}
