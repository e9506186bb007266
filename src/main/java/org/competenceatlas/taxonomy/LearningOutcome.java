package org.competenceatlas.taxonomy;

import java.util.List;
import java.util.Map;
import org.competenceatlas.common.Labels;

/**
 * A learning outcome, from a {@code :LearningOutcome} node; the counts are the breadth computed
 * when the taxonomy is loaded; {@code releases}, {@code status} and {@code deprecatedSince} say
 * which imported taxonomy releases have it.
 */
public record LearningOutcome(
    String id,
    OutcomeType outcomeType,
    ReuseLevel reuseLevel,
    int occupationCount,
    int essentialOccupationCount,
    int iscoMajorGroupCount,
    Labels labels,
    List<String> releases,
    ConceptStatus status,
    String deprecatedSince)
    implements SkillConcept {

  public static LearningOutcome fromProperties(Map<String, Object> node) {
    return new LearningOutcome(
        (String) node.get("id"),
        OutcomeType.fromGraph(node.get("outcomeType")),
        ReuseLevel.fromGraph(node.get("reuseLevel")),
        count(node.get("occupationCount")),
        count(node.get("essentialOccupationCount")),
        count(node.get("iscoMajorGroupCount")),
        Labels.fromProperties(node),
        ConceptStatus.releases(node.get("releases")),
        ConceptStatus.fromGraph(node.get("status")),
        (String) node.get("deprecatedSince"));
  }

  /**
   * By id alone, which equal outcomes share: outcomes are the keys of the batch loaders behind
   * their nested fields, and hashing every label and description of each took a fiftieth of the
   * processor time of an occupation's page.
   */
  @Override
  public int hashCode() {
    return id == null ? 0 : id.hashCode();
  }

  private static int count(Object value) {
    return value instanceof Number number ? number.intValue() : 0;
  }
}
