package org.competenceatlas.learner;

import java.util.Collection;
import org.competenceatlas.common.Actor;
import org.competenceatlas.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every change to a portfolio does, in the caller's transaction: take the learner's write lock
 * first, write one audit-trail entry, and move goals forward in the cycle. Other modules that store
 * a learner's data (development plans) use it too.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PortfolioChanges {

  private final CycleRepository repository;

  PortfolioChanges(CycleRepository repository) {
    this.repository = repository;
  }

  /**
   * Locks the learner for the rest of the transaction: a concurrent change to the same learner
   * waits until this one commits, then sees its result.
   */
  public void lock(String learnerId) {
    repository.lock(learnerId).orElseThrow(() -> new NotFoundException("learner", learnerId));
  }

  public void audit(String learnerId, Actor actor, String action, String detail) {
    repository.recordAudit(learnerId, actor.name(), action, detail);
  }

  /**
   * Moves each named goal (every goal of the learner when {@code goalIds} is null) to {@code stage}
   * when it stands before it; a goal already there or further stays.
   */
  public void advance(
      String learnerId, Actor actor, Collection<String> goalIds, CycleStage stage, String reason) {
    for (var cycle : repository.cycles(learnerId)) {
      var goalId = cycle.goal().id();
      if (goalIds != null && !goalIds.contains(goalId)) {
        continue;
      }
      boolean started = !cycle.history().isEmpty();
      if (!started || cycle.stage().ordinal() < stage.ordinal()) {
        repository.recordStage(learnerId, goalId, stage, actor.name(), reason);
      }
    }
  }

  /** Moves one goal to {@code stage}, forward or back. */
  public void move(String learnerId, Actor actor, String goalId, CycleStage stage, String reason) {
    repository.recordStage(learnerId, goalId, stage, actor.name(), reason);
  }
}
