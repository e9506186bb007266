package org.competenceatlas.learner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.competenceatlas.common.Abbreviate;
import org.competenceatlas.common.Actor;
import org.competenceatlas.common.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts several outcomes at once as SELF_ASSESSED claims learned in one of the learner's
 * experiences: what a learner does with suggestions recognised in their own words. Every check runs
 * before the first write, all in one transaction under the learner's write lock, with one entry in
 * the audit trail; a refused input writes nothing.
 */
@Service
public class ClaimAcceptance {

  /** The most claims accepted at once. */
  public static final int MAX_ACCEPTED = 50;

  /** One outcome to claim, with the learner's own rating and note. */
  public record Accepted(String outcomeId, Proficiency proficiency, String note) {}

  private final PortfolioRepository repository;
  private final PortfolioChanges changes;

  ClaimAcceptance(PortfolioRepository repository, PortfolioChanges changes) {
    this.repository = repository;
    this.changes = changes;
  }

  /**
   * Creates one claim per accepted outcome, each supported by {@code experienceId}, and answers
   * them in the order given; {@code action} names the mutation in the audit trail.
   */
  @Transactional
  public List<Claim> accept(
      Actor actor, String learnerId, String experienceId, List<Accepted> accepted, String action) {
    changes.lock(learnerId);
    if (experienceId == null
        || repository.ownedExperiences(learnerId, List.of(experienceId)).isEmpty()) {
      throw new InvalidInputException(
          "experienceId",
          "'"
              + Abbreviate.of(String.valueOf(experienceId))
              + "' is not one of this learner's"
              + " experiences");
    }
    if (accepted == null || accepted.isEmpty()) {
      throw new InvalidInputException(
          "input.suggestions", "Name at least one suggestion to accept");
    }
    if (accepted.size() > MAX_ACCEPTED) {
      throw new InvalidInputException(
          "input.suggestions",
          "suggestions names " + accepted.size() + " outcomes; at most " + MAX_ACCEPTED);
    }
    var seen = new HashSet<String>();
    var checked = new ArrayList<Accepted>();
    for (int i = 0; i < accepted.size(); i++) {
      var field = "input.suggestions[" + i + "]";
      var item = accepted.get(i);
      var outcomeId = InputRules.required(field + ".outcomeId", item.outcomeId(), InputRules.LINK);
      if (!seen.add(outcomeId)) {
        throw new InvalidInputException(
            field + ".outcomeId", "The outcome '" + Abbreviate.of(outcomeId) + "' is named twice");
      }
      if (!repository.outcomeExists(outcomeId)) {
        throw new InvalidInputException(
            field + ".outcomeId",
            "No learning outcome has the id '" + Abbreviate.of(outcomeId) + "'");
      }
      if (repository.outcomeClaimed(learnerId, outcomeId)) {
        throw new InvalidInputException(
            field + ".outcomeId",
            "The learner already claims '"
                + Abbreviate.of(outcomeId)
                + "'; leave it out, or change that claim with updateClaim");
      }
      var proficiency = item.proficiency() == null ? Proficiency.BASIC : item.proficiency();
      var note = InputRules.optional(field + ".note", item.note(), InputRules.LONG_TEXT);
      checked.add(new Accepted(outcomeId, proficiency, note));
    }
    if (repository.size(learnerId).claims() + checked.size() > InputRules.MAX_CLAIMS) {
      throw new InvalidInputException(
          "input.suggestions", "A portfolio holds at most " + InputRules.MAX_CLAIMS + " claims");
    }
    var ids = new ArrayList<String>();
    for (var item : checked) {
      var id = "claim-" + UUID.randomUUID();
      repository.createClaim(learnerId, id, item.outcomeId(), item.proficiency(), item.note());
      repository.setClaimExperiences(learnerId, id, List.of(experienceId));
      ids.add(id);
    }
    changes.advance(learnerId, actor, null, CycleStage.RECOGNISE, action);
    changes.audit(
        learnerId,
        actor,
        action,
        "claims "
            + ids
            + " of "
            + checked.stream().map(Accepted::outcomeId).toList()
            + " from experience "
            + experienceId);
    return ids.stream().map(id -> repository.claim(learnerId, id).orElseThrow()).toList();
  }
}
