package org.competenceatlas.learner;

import static org.competenceatlas.learner.InputRules.LINK;
import static org.competenceatlas.learner.InputRules.LONG_TEXT;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.competenceatlas.common.Abbreviate;
import org.competenceatlas.common.Actor;
import org.competenceatlas.common.InvalidInputException;
import org.competenceatlas.learner.PortfolioInputs.ValidationInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessors' validations of learners' claims, and the claim statuses that follow from them and from
 * evidence ({@link ClaimStatusRule}). Like every portfolio change, a validation takes the learner's
 * write lock first and ends with an audit-trail entry.
 */
@Service
@Transactional
class ValidationService {

  private final ValidationRepository validations;
  private final PortfolioRepository portfolios;
  private final PortfolioChanges changes;

  ValidationService(
      ValidationRepository validations, PortfolioRepository portfolios, PortfolioChanges changes) {
    this.validations = validations;
    this.portfolios = portfolios;
    this.changes = changes;
  }

  Validation recordValidation(Actor actor, ValidationInput input) {
    var learnerId = input.learnerId();
    changes.lock(learnerId);
    var assessor =
        validations
            .assessorByAccount(actor.name())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "input",
                        "No assessor record has the account '"
                            + Abbreviate.of(actor.name())
                            + "'; an administrator must register you as an assessor first"));
    var againstId = InputRules.required("input.againstId", input.againstId(), LINK);
    if (portfolios.knownTargets(List.of(againstId)).isEmpty()) {
      throw new InvalidInputException(
          "input.againstId",
          "No occupation or qualification has the id '" + Abbreviate.of(againstId) + "'");
    }
    var comment = InputRules.required("input.comment", input.comment(), LONG_TEXT);
    var date =
        InputRules.notFuture("input.date", input.date() == null ? LocalDate.now() : input.date());
    var judgements =
        input.judgements() == null ? List.<PortfolioInputs.JudgementInput>of() : input.judgements();
    var claimIds =
        InputRules.ids(
            "input.judgements",
            judgements.stream().map(PortfolioInputs.JudgementInput::claimId).toList(),
            InputRules.MAX_JUDGEMENTS);
    InputRules.unknownIn(
        "input.judgements.claimId",
        claimIds,
        portfolios.ownedClaims(learnerId, claimIds),
        "one of this learner's claims");
    var id = "validation-" + UUID.randomUUID();
    var rows =
        judgements.stream()
            .map(j -> Map.<String, Object>of("claimId", j.claimId(), "result", j.result().name()))
            .toList();
    validations.createValidation(
        learnerId,
        id,
        assessor.id(),
        againstId,
        input.function(),
        comment,
        date,
        actor.name(),
        rows);
    refreshStatuses(claimIds);
    changes.advance(learnerId, actor, List.of(againstId), CycleStage.CALIBRATE, "recordValidation");
    changes.audit(
        learnerId,
        actor,
        "recordValidation",
        "validation " + id + " (" + input.function() + ") against " + againstId);
    return validations.validations(learnerId, id).get(0);
  }

  @Transactional(readOnly = true)
  List<Validation> validations(String learnerId) {
    return validations.validations(learnerId, null);
  }

  /** Recomputes the status of these claims from their evidence and judgements (ClaimStatusRule). */
  void refreshStatuses(List<String> claimIds) {
    var updates = new LinkedHashMap<String, ClaimStatus>();
    for (var facts : validations.statusFacts(claimIds)) {
      var status = ClaimStatusRule.status(facts.evidence(), facts.judgements());
      if (status != facts.status()) {
        updates.put(facts.claimId(), status);
      }
    }
    if (!updates.isEmpty()) {
      validations.setStatuses(updates);
    }
  }
}
