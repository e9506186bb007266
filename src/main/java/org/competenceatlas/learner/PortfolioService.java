package org.competenceatlas.learner;

import static org.competenceatlas.learner.InputRules.LINK;
import static org.competenceatlas.learner.InputRules.LONG_TEXT;
import static org.competenceatlas.learner.InputRules.SHORT_TEXT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.competenceatlas.common.Abbreviate;
import org.competenceatlas.common.Actor;
import org.competenceatlas.common.Connection;
import org.competenceatlas.common.InvalidInputException;
import org.competenceatlas.common.Language;
import org.competenceatlas.common.NotFoundException;
import org.competenceatlas.common.PageRequest;
import org.competenceatlas.learner.PortfolioInputs.ClaimInput;
import org.competenceatlas.learner.PortfolioInputs.ClaimUpdateInput;
import org.competenceatlas.learner.PortfolioInputs.EvidenceInput;
import org.competenceatlas.learner.PortfolioInputs.ExperienceInput;
import org.competenceatlas.learner.PortfolioInputs.LearnerInput;
import org.competenceatlas.learner.PortfolioInputs.LearnerUpdateInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio mutations. Each runs in one transaction that first takes the learner's write lock
 * ({@link PortfolioChanges#lock}) and ends with an audit-trail entry, so a refused input leaves
 * nothing behind and concurrent changes to one learner never overwrite each other.
 */
@Service
@Transactional
class PortfolioService {

  private final PortfolioRepository repository;
  private final CycleRepository cycles;
  private final PortfolioChanges changes;
  private final LearnerRepository learners;
  private final ValidationService validations;

  PortfolioService(
      PortfolioRepository repository,
      CycleRepository cycles,
      PortfolioChanges changes,
      LearnerRepository learners,
      ValidationService validations) {
    this.repository = repository;
    this.cycles = cycles;
    this.changes = changes;
    this.learners = learners;
    this.validations = validations;
  }

  Learner createLearner(Actor actor, LearnerInput input) {
    if (learners.ownedBy(actor.name()).isPresent()) {
      throw new InvalidInputException(
          "input", "You already own a portfolio; change it with updateLearner");
    }
    var name = InputRules.required("input.displayName", input.displayName(), SHORT_TEXT);
    var language = language("input.preferredLanguage", input.preferredLanguage());
    var values = InputRules.phrases("input.values", input.values());
    var ambitions = InputRules.phrases("input.ambitions", input.ambitions());
    var goals = goals("input.goalIds", input.goalIds());
    var id = "learner-" + UUID.randomUUID();
    var learner = repository.create(id, actor.name(), name, language, values, ambitions);
    repository.setGoals(id, goals);
    changes.advance(id, actor, null, CycleStage.RECOGNISE, "createLearner");
    changes.audit(id, actor, "createLearner", "portfolio " + id);
    return learner;
  }

  Learner updateLearner(Actor actor, String learnerId, LearnerUpdateInput input) {
    changes.lock(learnerId);
    var updates = new HashMap<String, Object>();
    if (input.displayName() != null) {
      updates.put(
          "displayName", InputRules.required("input.displayName", input.displayName(), SHORT_TEXT));
    }
    if (input.preferredLanguage() != null) {
      updates.put(
          "preferredLanguage", language("input.preferredLanguage", input.preferredLanguage()));
    }
    if (input.values() != null) {
      updates.put("values", InputRules.phrases("input.values", input.values()));
    }
    if (input.ambitions() != null) {
      updates.put("ambitions", InputRules.phrases("input.ambitions", input.ambitions()));
    }
    List<String> goals = input.goalIds() == null ? null : goals("input.goalIds", input.goalIds());
    repository.update(learnerId, updates);
    var changed = new ArrayList<>(updates.keySet());
    if (goals != null) {
      repository.setGoals(learnerId, goals);
      changes.advance(learnerId, actor, goals, CycleStage.RECOGNISE, "updateLearner");
      changed.add("goals");
    }
    changes.audit(learnerId, actor, "updateLearner", "changed " + String.join(", ", changed));
    return learners.learner(learnerId).orElseThrow();
  }

  Experience addExperience(Actor actor, String learnerId, ExperienceInput input) {
    changes.lock(learnerId);
    var properties = experience(input);
    if (repository.size(learnerId).experiences() >= InputRules.MAX_EXPERIENCES) {
      throw new InvalidInputException(
          "learnerId", "A portfolio holds at most " + InputRules.MAX_EXPERIENCES + " experiences");
    }
    var id = "experience-" + UUID.randomUUID();
    var experience = repository.saveExperience(learnerId, id, true, properties).orElseThrow();
    changes.advance(learnerId, actor, null, CycleStage.RECOGNISE, "addExperience");
    changes.audit(learnerId, actor, "addExperience", "experience " + id);
    return experience;
  }

  Experience updateExperience(
      Actor actor, String learnerId, String experienceId, ExperienceInput input) {
    changes.lock(learnerId);
    var properties = experience(input);
    var experience =
        repository
            .saveExperience(learnerId, experienceId, false, properties)
            .orElseThrow(() -> new NotFoundException("experience of this learner", experienceId));
    changes.audit(learnerId, actor, "updateExperience", "experience " + experienceId);
    return experience;
  }

  String removeExperience(Actor actor, String learnerId, String experienceId) {
    changes.lock(learnerId);
    var stranded = repository.soleSupportClaims(learnerId, experienceId);
    if (!stranded.isEmpty()) {
      throw new InvalidInputException(
          "experienceId",
          "Claims "
              + stranded
              + " rest on this experience alone; give them another experience (updateClaim) first");
    }
    if (!repository.removeExperience(learnerId, experienceId)) {
      throw new NotFoundException("experience of this learner", experienceId);
    }
    changes.audit(learnerId, actor, "removeExperience", "experience " + experienceId);
    return experienceId;
  }

  Claim addClaim(Actor actor, String learnerId, ClaimInput input) {
    changes.lock(learnerId);
    var outcomeId = InputRules.required("input.outcomeId", input.outcomeId(), LINK);
    if (!repository.outcomeExists(outcomeId)) {
      throw new InvalidInputException(
          "input.outcomeId", "No learning outcome has the id '" + Abbreviate.of(outcomeId) + "'");
    }
    if (repository.outcomeClaimed(learnerId, outcomeId)) {
      throw new InvalidInputException(
          "input.outcomeId",
          "The learner already claims this outcome; change that claim with updateClaim");
    }
    var experiences = ownExperiences(learnerId, input.experienceIds());
    var note = InputRules.optional("input.note", input.note(), LONG_TEXT);
    if (repository.size(learnerId).claims() >= InputRules.MAX_CLAIMS) {
      throw new InvalidInputException(
          "learnerId", "A portfolio holds at most " + InputRules.MAX_CLAIMS + " claims");
    }
    var id = "claim-" + UUID.randomUUID();
    repository.createClaim(learnerId, id, outcomeId, input.proficiency(), note);
    repository.setClaimExperiences(learnerId, id, experiences);
    changes.advance(learnerId, actor, null, CycleStage.RECOGNISE, "addClaim");
    changes.audit(learnerId, actor, "addClaim", "claim " + id + " of " + outcomeId);
    return repository.claim(learnerId, id).orElseThrow();
  }

  Claim updateClaim(Actor actor, String learnerId, String claimId, ClaimUpdateInput input) {
    changes.lock(learnerId);
    var properties = new HashMap<String, Object>();
    if (input.proficiency() != null) {
      properties.put("proficiency", input.proficiency().name());
    }
    if (input.note() != null) {
      properties.put("note", InputRules.optional("input.note", input.note(), LONG_TEXT));
    }
    List<String> experiences =
        input.experienceIds() == null ? null : ownExperiences(learnerId, input.experienceIds());
    if (!repository.updateClaim(learnerId, claimId, properties)) {
      throw new NotFoundException("claim of this learner", claimId);
    }
    if (experiences != null) {
      repository.setClaimExperiences(learnerId, claimId, experiences);
    }
    changes.audit(learnerId, actor, "updateClaim", "claim " + claimId);
    return repository.claim(learnerId, claimId).orElseThrow();
  }

  Evidence addEvidence(Actor actor, String learnerId, EvidenceInput input) {
    changes.lock(learnerId);
    var claimIds =
        InputRules.ids("input.claimIds", input.claimIds(), InputRules.MAX_EVIDENCE_CLAIMS);
    InputRules.unknownIn(
        "input.claimIds",
        claimIds,
        repository.ownedClaims(learnerId, claimIds),
        "one of this learner's claims");
    var title = InputRules.required("input.title", input.title(), SHORT_TEXT);
    var link = InputRules.optional("input.link", input.link(), LINK);
    var date = InputRules.notFuture("input.date", input.date());
    if (repository.size(learnerId).evidence() >= InputRules.MAX_EVIDENCE) {
      throw new InvalidInputException(
          "learnerId",
          "A portfolio holds at most " + InputRules.MAX_EVIDENCE + " pieces of evidence");
    }
    var id = "evidence-" + UUID.randomUUID();
    var evidence =
        repository.createEvidence(learnerId, id, input.kind(), title, link, date, claimIds);
    validations.refreshStatuses(claimIds);
    changes.advance(learnerId, actor, null, CycleStage.VALUE, "addEvidence");
    changes.audit(learnerId, actor, "addEvidence", "evidence " + id + " for " + claimIds);
    return evidence;
  }

  GoalCycle setGoalStage(
      Actor actor, String learnerId, String goalId, CycleStage stage, String note) {
    changes.lock(learnerId);
    var reason = InputRules.optional("note", note, LONG_TEXT);
    if (cycles.cycles(learnerId).stream().noneMatch(c -> c.goal().id().equals(goalId))) {
      throw new InvalidInputException(
          "goalId", "'" + Abbreviate.of(goalId) + "' is not one of this learner's goals");
    }
    changes.move(learnerId, actor, goalId, stage, reason == null ? "setGoalStage" : reason);
    changes.audit(learnerId, actor, "setGoalStage", goalId + " to " + stage);
    return cycles.cycles(learnerId).stream()
        .filter(c -> c.goal().id().equals(goalId))
        .findFirst()
        .orElseThrow();
  }

  @Transactional(readOnly = true)
  Connection<AuditEvent> auditTrail(String learnerId, Integer first, String after) {
    var page = PageRequest.of(first, after);
    var rows =
        cycles.auditTrail(learnerId, page.offset(), page.probeSize()).stream()
            .map(event -> new Connection.Scored<>(event, null))
            .toList();
    return Connection.of(page, rows);
  }

  @Transactional(readOnly = true)
  List<GoalCycle> cycles(String learnerId) {
    return cycles.cycles(learnerId);
  }

  private Map<String, Object> experience(ExperienceInput input) {
    var start = input.startDate();
    var end = input.endDate();
    if (end != null && end.isBefore(start)) {
      throw new InvalidInputException(
          "input.endDate", "input.endDate " + end + " lies before input.startDate " + start);
    }
    var properties = new HashMap<String, Object>();
    properties.put("kind", input.kind().name());
    properties.put("context", input.context().name());
    properties.put("title", InputRules.required("input.title", input.title(), SHORT_TEXT));
    properties.put(
        "organisation",
        InputRules.optional("input.organisation", input.organisation(), SHORT_TEXT));
    properties.put("startDate", start);
    properties.put("endDate", end);
    properties.put(
        "description", InputRules.optional("input.description", input.description(), LONG_TEXT));
    return properties;
  }

  private List<String> ownExperiences(String learnerId, List<String> experienceIds) {
    var ids =
        InputRules.ids("input.experienceIds", experienceIds, InputRules.MAX_CLAIM_EXPERIENCES);
    InputRules.unknownIn(
        "input.experienceIds",
        ids,
        repository.ownedExperiences(learnerId, ids),
        "one of this learner's experiences");
    return ids;
  }

  private List<String> goals(String field, List<String> goalIds) {
    if (goalIds == null) {
      return List.of();
    }
    if (goalIds.size() > InputRules.MAX_GOALS) {
      throw new InvalidInputException(
          field, field + " names " + goalIds.size() + " goals; at most " + InputRules.MAX_GOALS);
    }
    var distinct = new ArrayList<>(new java.util.LinkedHashSet<>(goalIds));
    InputRules.unknownIn(
        field, goalIds, repository.knownTargets(distinct), "an occupation or qualification");
    return List.copyOf(new HashSet<>(distinct));
  }

  private static String language(String field, String value) {
    try {
      return Language.require(value);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(field, e.getMessage());
    }
  }
}
