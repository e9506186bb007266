package org.competenceatlas.development;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.competenceatlas.common.Abbreviate;
import org.competenceatlas.common.Actor;
import org.competenceatlas.common.InvalidInputException;
import org.competenceatlas.common.NotFoundException;
import org.competenceatlas.development.DevelopmentViews.CoveredOutcome;
import org.competenceatlas.development.DevelopmentViews.DevelopmentPlan;
import org.competenceatlas.development.DevelopmentViews.PlanItem;
import org.competenceatlas.development.DevelopmentViews.PlanProgress;
import org.competenceatlas.development.DevelopmentViews.PlanProposal;
import org.competenceatlas.development.DevelopmentViews.QualificationGap;
import org.competenceatlas.development.DevelopmentViews.UnitGap;
import org.competenceatlas.learner.Claim;
import org.competenceatlas.learner.ClaimStatus;
import org.competenceatlas.learner.CycleStage;
import org.competenceatlas.learner.Goal;
import org.competenceatlas.learner.LearnerService;
import org.competenceatlas.learner.PortfolioChanges;
import org.competenceatlas.qualification.LearningOpportunity;
import org.competenceatlas.qualification.QualificationService;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.competenceatlas.taxonomy.TaxonomyService;
import org.competenceatlas.transfer.GapOffer;
import org.competenceatlas.transfer.GapOfferFinder;
import org.competenceatlas.transfer.TransferEngine;
import org.competenceatlas.transfer.TransferSource;
import org.competenceatlas.transfer.TransferTarget;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibrate and develop: what a learner already covers of a qualification, and development plans
 * towards a goal, proposed from the transfer engine's gap and stored when accepted. A plan's
 * progress is measured by validated claims, so finishing a course is not mistaken for learning.
 */
@Service
@Transactional
class DevelopmentService {

  static final int MAX_PLAN_ITEMS = 20;

  private final LearnerService learners;
  private final PortfolioChanges changes;
  private final QualificationService qualifications;
  private final TaxonomyService taxonomy;
  private final TransferEngine engine;
  private final GapOfferFinder offers;
  private final DevelopmentRepository repository;

  DevelopmentService(
      LearnerService learners,
      PortfolioChanges changes,
      QualificationService qualifications,
      TaxonomyService taxonomy,
      TransferEngine engine,
      GapOfferFinder offers,
      DevelopmentRepository repository) {
    this.learners = learners;
    this.changes = changes;
    this.qualifications = qualifications;
    this.taxonomy = taxonomy;
    this.engine = engine;
    this.offers = offers;
    this.repository = repository;
  }

  @Transactional(readOnly = true)
  QualificationGap qualificationGap(String learnerId, String qualificationId) {
    var qualification = qualifications.qualification(qualificationId);
    var units = qualifications.units(qualificationId);
    var outcomes = qualifications.unitOutcomes(units.stream().map(u -> u.id()).toList());
    Map<String, Claim> claims = claimsByOutcome(learnerId);
    var gaps = new ArrayList<UnitGap>();
    int remainingCount = 0;
    for (var unit : units) {
      var validated = new ArrayList<CoveredOutcome>();
      var notYet = new ArrayList<CoveredOutcome>();
      var remaining = new ArrayList<LearningOutcome>();
      for (var outcome : outcomes.getOrDefault(unit.id(), List.of())) {
        var claim = claims.get(outcome.id());
        if (claim == null || claim.status() == ClaimStatus.NOT_CONFIRMED) {
          remaining.add(outcome);
        } else if (claim.status() == ClaimStatus.VALIDATED) {
          validated.add(new CoveredOutcome(outcome, claim.id(), claim.status()));
        } else {
          notYet.add(new CoveredOutcome(outcome, claim.id(), claim.status()));
        }
      }
      remainingCount += remaining.size() + notYet.size();
      boolean exempt = !validated.isEmpty() && notYet.isEmpty() && remaining.isEmpty();
      gaps.add(new UnitGap(unit, exempt, validated, notYet, remaining));
    }
    int exempt = (int) gaps.stream().filter(UnitGap::exempt).count();
    return new QualificationGap(qualification, gaps, exempt, remainingCount);
  }

  @Transactional(readOnly = true)
  PlanProposal proposal(String learnerId, String goalId) {
    var goal = goal(learnerId, goalId);
    var transfer = engine.transfer(TransferSource.learner(learnerId), target(goal));
    return new PlanProposal(
        transfer.to(), transfer.parts().score(), transfer.gap(), offers.cover(transfer.gap()));
  }

  DevelopmentPlan accept(
      Actor actor, String learnerId, String goalId, List<String> opportunityIds) {
    changes.lock(learnerId);
    var proposal = proposal(learnerId, goalId);
    var gapIds = proposal.gap().stream().map(g -> g.outcome().id()).toList();
    List<GapOffer> chosen;
    if (opportunityIds == null) {
      chosen = proposal.offers();
    } else if (opportunityIds.isEmpty()) {
      throw new InvalidInputException(
          "opportunityIds",
          "Name at least one learning opportunity, or leave opportunityIds out to take the"
              + " proposal's");
    } else {
      chosen = chosenOffers("opportunityIds", opportunityIds, gapIds);
    }
    if (chosen.size() > MAX_PLAN_ITEMS) {
      chosen = chosen.subList(0, MAX_PLAN_ITEMS);
    }
    var items = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < chosen.size(); i++) {
      var offer = chosen.get(i);
      items.add(
          Map.of(
              "id",
              "plan-item-" + UUID.randomUUID(),
              "position",
              i,
              "opportunityId",
              offer.opportunity().id(),
              "outcomeIds",
              offer.closes().stream().map(LearningOutcome::id).toList()));
    }
    var id = "plan-" + UUID.randomUUID();
    repository.createPlan(learnerId, id, goalId, actor.name(), gapIds, items);
    changes.advance(learnerId, actor, List.of(goalId), CycleStage.DEVELOP, "acceptDevelopmentPlan");
    changes.audit(
        learnerId,
        actor,
        "acceptDevelopmentPlan",
        "plan " + id + " towards " + goalId + " with " + items.size() + " items");
    return plan(learnerId, id);
  }

  DevelopmentPlan addItem(Actor actor, String learnerId, String planId, String opportunityId) {
    changes.lock(learnerId);
    var plan =
        repository.plans(learnerId, planId).stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("plan of this learner", planId));
    if (plan.status() != PlanStatus.ACTIVE) {
      throw new InvalidInputException("planId", "Only an ACTIVE plan can be changed");
    }
    if (plan.items().size() >= MAX_PLAN_ITEMS) {
      throw new InvalidInputException(
          "planId", "A plan holds at most " + MAX_PLAN_ITEMS + " learning opportunities");
    }
    if (plan.items().stream().anyMatch(i -> i.opportunityId().equals(opportunityId))) {
      throw new InvalidInputException(
          "opportunityId", "The plan already holds this learning opportunity");
    }
    var offer = chosenOffers("opportunityId", List.of(opportunityId), plan.gapOutcomeIds()).get(0);
    var itemId = "plan-item-" + UUID.randomUUID();
    repository.addItem(
        learnerId,
        planId,
        itemId,
        opportunityId,
        offer.closes().stream().map(LearningOutcome::id).toList());
    changes.audit(learnerId, actor, "addPlanItem", "item " + itemId + " in plan " + planId);
    return plan(learnerId, planId);
  }

  DevelopmentPlan removeItem(Actor actor, String learnerId, String itemId) {
    changes.lock(learnerId);
    var planId =
        repository.removeItem(learnerId, itemId).orElseThrow(() -> unchangeable(learnerId, itemId));
    changes.audit(learnerId, actor, "removePlanItem", "item " + itemId + " of plan " + planId);
    return plan(learnerId, planId);
  }

  DevelopmentPlan setItemStatus(
      Actor actor, String learnerId, String itemId, PlanItemStatus status) {
    changes.lock(learnerId);
    var planId =
        repository
            .setItemStatus(learnerId, itemId, status)
            .orElseThrow(() -> unchangeable(learnerId, itemId));
    changes.audit(learnerId, actor, "setPlanItemStatus", "item " + itemId + " to " + status);
    return plan(learnerId, planId);
  }

  /** Why an item could not be changed: it is no item of the learner's, or its plan is history. */
  private RuntimeException unchangeable(String learnerId, String itemId) {
    return repository.plans(learnerId, null).stream()
        .filter(plan -> plan.items().stream().anyMatch(item -> item.id().equals(itemId)))
        .findFirst()
        .<RuntimeException>map(
            plan ->
                new InvalidInputException(
                    "itemId",
                    "This item belongs to a "
                        + plan.status()
                        + " plan, which is kept as it was; only an ACTIVE plan can be changed"))
        .orElseGet(() -> new NotFoundException("plan item of this learner", itemId));
  }

  @Transactional(readOnly = true)
  List<DevelopmentPlan> plans(String learnerId) {
    return resolve(learnerId, repository.plans(learnerId, null));
  }

  private DevelopmentPlan plan(String learnerId, String planId) {
    return resolve(learnerId, repository.plans(learnerId, planId)).get(0);
  }

  /** Turns stored ids into opportunities and outcomes, with progress from validated claims. */
  private List<DevelopmentPlan> resolve(
      String learnerId, List<DevelopmentRepository.PlanRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    var outcomeIds = new HashSet<String>();
    var opportunityIds = new HashSet<String>();
    for (var row : rows) {
      outcomeIds.addAll(row.gapOutcomeIds());
      row.items()
          .forEach(
              item -> {
                outcomeIds.addAll(item.outcomeIds());
                opportunityIds.add(item.opportunityId());
              });
    }
    Map<String, LearningOutcome> outcomes =
        taxonomy.outcomes(outcomeIds).stream()
            .collect(Collectors.toMap(LearningOutcome::id, Function.identity(), (a, b) -> a));
    Map<String, LearningOpportunity> opportunities =
        qualifications.opportunities(opportunityIds).stream()
            .collect(Collectors.toMap(LearningOpportunity::id, Function.identity(), (a, b) -> a));
    Set<String> validated =
        learners.claims(learnerId).stream()
            .filter(c -> c.status() == ClaimStatus.VALIDATED)
            .map(c -> c.outcome().id())
            .collect(Collectors.toSet());
    return rows.stream()
        .map(
            row -> {
              var items =
                  row.items().stream()
                      .map(
                          item ->
                              new PlanItem(
                                  item.id(),
                                  opportunities.get(item.opportunityId()),
                                  item.status(),
                                  resolved(item.outcomeIds(), outcomes)))
                      .toList();
              var remaining =
                  row.gapOutcomeIds().stream().filter(id -> !validated.contains(id)).toList();
              int total = row.gapOutcomeIds().size();
              int done = total - remaining.size();
              var progress =
                  new PlanProgress(
                      total,
                      done,
                      total == 0 ? 1.0 : (double) done / total,
                      remaining.isEmpty(),
                      resolved(remaining, outcomes));
              return new DevelopmentPlan(
                  row.id(),
                  row.goalId(),
                  row.status(),
                  row.acceptedAt(),
                  row.acceptedBy(),
                  items,
                  progress);
            })
        .toList();
  }

  private static List<LearningOutcome> resolved(
      Collection<String> ids, Map<String, LearningOutcome> outcomes) {
    return ids.stream().map(outcomes::get).filter(java.util.Objects::nonNull).toList();
  }

  /** The named opportunities, each with the gap outcomes it teaches. */
  private List<GapOffer> chosenOffers(
      String field, List<String> opportunityIds, List<String> gapIds) {
    boolean list = field.endsWith("s");
    if (opportunityIds.size() > MAX_PLAN_ITEMS) {
      throw new InvalidInputException(
          field, "A plan holds at most " + MAX_PLAN_ITEMS + " learning opportunities");
    }
    if (new LinkedHashSet<>(opportunityIds).size() != opportunityIds.size()) {
      throw new InvalidInputException(field, "Each learning opportunity may be named once");
    }
    Map<String, LearningOpportunity> known =
        qualifications.opportunities(opportunityIds).stream()
            .collect(Collectors.toMap(LearningOpportunity::id, Function.identity(), (a, b) -> a));
    for (int i = 0; i < opportunityIds.size(); i++) {
      if (!known.containsKey(opportunityIds.get(i))) {
        throw new InvalidInputException(
            list ? field + "[" + i + "]" : field,
            "No learning opportunity has the id '" + Abbreviate.of(opportunityIds.get(i)) + "'");
      }
    }
    var teaches = new HashMap<String, List<LearningOutcome>>();
    var gap = new HashSet<>(gapIds);
    Map<String, LearningOutcome> gapOutcomes =
        taxonomy.outcomes(gapIds).stream()
            .collect(Collectors.toMap(LearningOutcome::id, Function.identity(), (a, b) -> a));
    for (var teaching : qualifications.opportunitiesTeaching(gapIds)) {
      teaches.put(
          teaching.offer().id(),
          teaching.outcomeIds().stream()
              .filter(gap::contains)
              .map(gapOutcomes::get)
              .filter(java.util.Objects::nonNull)
              .toList());
    }
    return opportunityIds.stream()
        .map(id -> new GapOffer(known.get(id), teaches.getOrDefault(id, List.of())))
        .toList();
  }

  private Goal goal(String learnerId, String goalId) {
    return learners.goals(learnerId).stream()
        .filter(g -> g.id().equals(goalId))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "goalId",
                    "'" + Abbreviate.of(goalId) + "' is not one of this learner's goals"));
  }

  private static TransferTarget target(Goal goal) {
    return "QUALIFICATION".equals(goal.kind())
        ? new TransferTarget(null, goal.id())
        : new TransferTarget(goal.id(), null);
  }

  private Map<String, Claim> claimsByOutcome(String learnerId) {
    var byOutcome = new HashMap<String, Claim>();
    learners.claims(learnerId).forEach(c -> byOutcome.put(c.outcome().id(), c));
    return byOutcome;
  }
}
