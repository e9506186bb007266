package org.competenceatlas.research;

import java.util.List;
import org.competenceatlas.common.Labelled;
import org.competenceatlas.common.Labels;

/**
 * Counts of learners per group, largest first, with every group below the minimum size left out and
 * only counted in {@code suppressedGroups}. Never a learner's id or name.
 */
public record AggregateGroups(
    List<Group> groups, int reportedGroups, int suppressedGroups, int minimumGroupSize) {

  /** One group: what the learners have in common (an outcome, a goal, a status) and the counts. */
  public record Group(String key, String kind, Labels labels, long learners, Long claims)
      implements Labelled {}
}
