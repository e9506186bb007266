package org.competenceatlas.learner;

import java.time.ZonedDateTime;
import java.util.List;

/** One goal's place in the cycle, with every move that brought it there, oldest first. */
public record GoalCycle(Goal goal, CycleStage stage, List<StageChange> history) {

  /** A move of a goal to a stage, from a {@code :GoalStage} node. */
  public record StageChange(CycleStage stage, ZonedDateTime at, String actor, String reason) {}
}
