package org.competenceatlas.taxonomy;

import java.util.Map;
import org.competenceatlas.common.Labelled;

/** A node of the learning-outcome hierarchy: an outcome or a group of outcomes. */
public sealed interface SkillConcept extends Labelled permits LearningOutcome, OutcomeGroup {

  String id();

  static SkillConcept fromNode(Iterable<String> labels, Map<String, Object> properties) {
    for (var label : labels) {
      if (label.equals("LearningOutcome")) {
        return LearningOutcome.fromProperties(properties);
      }
    }
    return OutcomeGroup.fromProperties(properties);
  }
}
