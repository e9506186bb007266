package org.competenceatlas.research;

import java.util.List;
import org.competenceatlas.common.Labelled;
import org.competenceatlas.common.Labels;

/**
 * Counts of learners per group, largest first, each rounded, and only of groups that reach the
 * minimum size: groups below it are neither shown nor counted (docs/research.md). Never a learner's
 * id or name.
 */
public record AggregateGroups(
    List<Group> groups, int reportedGroups, int minimumGroupSize, int roundedTo) {

  /** One group: what the learners have in common (an outcome, a goal, a status) and the counts. */
  public record Group(String key, String kind, Labels labels, long learners, Long claims)
      implements Labelled {}
}
