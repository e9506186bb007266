package org.competenceatlas.access;

import org.competenceatlas.common.Abbreviate;
import org.competenceatlas.common.AccessRefusedException;
import org.competenceatlas.common.Actor;
import org.springframework.stereotype.Service;

/**
 * Decides whether a caller may use a learner's data, from ownership and the learner's grants in
 * force at this moment (nothing is cached across requests, so a revocation holds for the next
 * request). Every decision about someone else's data goes into the learner's access log, refusals
 * included; the learner's own use does not.
 */
@Service
public class LearnerAccess {

  private final AccessRepository repository;
  private final AccessLogWriter accessLog;

  LearnerAccess(AccessRepository repository, AccessLogWriter accessLog) {
    this.repository = repository;
    this.accessLog = accessLog;
  }

  /**
   * Returns when {@code actor} may do {@code permission} with the learner's data, and refuses
   * otherwise. An unknown learner is refused like one without a grant, so ids cannot be probed.
   *
   * @param detail what is being asked for, for the access log (such as the GraphQL field)
   * @throws org.competenceatlas.common.OverloadedException when the access log cannot record a use
   *     of someone else's data in time: the use is then refused rather than left unlogged
   */
  public void require(Actor actor, String learnerId, LearnerPermission permission, String detail) {
    if (!actor.signedIn()) {
      throw AccessRefusedException.signInRequired("use a learner's portfolio");
    }
    var decision = repository.decision(learnerId, actor.name()).orElse(null);
    if (decision == null) {
      throw refusal(learnerId, permission);
    }
    if (decision.owner() && permission != LearnerPermission.VALIDATE) {
      return;
    }
    boolean allowed =
        switch (permission) {
          case READ ->
              holds(decision, actor, GrantRole.ADVISER)
                  || holds(decision, actor, GrantRole.ASSESSOR);
          case PLAN -> holds(decision, actor, GrantRole.ADVISER);
          case VALIDATE -> holds(decision, actor, GrantRole.ASSESSOR);
          case OWN -> false;
        };
    if (!allowed) {
      accessLog.refused(learnerId, actor.name(), detail);
      throw refusal(learnerId, permission);
    }
    accessLog.record(learnerId, actor.name(), permission.name(), detail);
  }

  private static boolean holds(AccessRepository.Decision decision, Actor actor, GrantRole grant) {
    return decision.grantedRoles().contains(grant) && actor.has(grant.role());
  }

  private static AccessRefusedException refusal(String learnerId, LearnerPermission permission) {
    var what =
        switch (permission) {
          case READ ->
              "see the portfolio of learner '%s'%s. The learner can grant you access as"
                  + " their adviser or assessor.";
          case PLAN ->
              "work on the plans of learner '%s'%s. The learner can grant you access as"
                  + " their adviser.";
          case VALIDATE ->
              "record validations for learner '%s'%s. The learner can grant you access"
                  + " as their assessor.";
          case OWN -> "do this for learner '%s'%s: only the learner can.";
        };
    // Said to everyone refused, so that it tells nobody whether the learner exists, and a user who
    // mistyped their own id, or asks a store without that learner, learns what else it can mean.
    return AccessRefusedException.forbidden(
        "You may not " + what.formatted(Abbreviate.of(learnerId), ", or there is no such learner"));
  }
}
