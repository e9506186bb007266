package org.competenceatlas.development;

import java.util.List;
import org.competenceatlas.common.Actor;
import org.competenceatlas.development.DevelopmentViews.DevelopmentPlan;
import org.competenceatlas.development.DevelopmentViews.LearnerMap;
import org.competenceatlas.development.DevelopmentViews.PlanProposal;
import org.competenceatlas.development.DevelopmentViews.QualificationGap;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Gaps, plans and the learner map ({@code graphql-schema/development.graphqls}). */
@Controller
class DevelopmentController {

  private final DevelopmentService development;
  private final LearnerMapService maps;

  DevelopmentController(DevelopmentService development, LearnerMapService maps) {
    this.development = development;
    this.maps = maps;
  }

  @QueryMapping
  QualificationGap qualificationGap(@Argument String learnerId, @Argument String qualificationId) {
    return development.qualificationGap(learnerId, qualificationId);
  }

  @QueryMapping
  PlanProposal developmentPlanProposal(@Argument String learnerId, @Argument String goalId) {
    return development.proposal(learnerId, goalId);
  }

  @QueryMapping
  List<DevelopmentPlan> developmentPlans(@Argument String learnerId) {
    return development.plans(learnerId);
  }

  @QueryMapping
  LearnerMap learnerMap(@Argument String learnerId, @Argument Integer destinations) {
    return maps.map(learnerId, destinations);
  }

  @MutationMapping
  DevelopmentPlan acceptDevelopmentPlan(
      @ContextValue Actor actor,
      @Argument String learnerId,
      @Argument String goalId,
      @Argument List<String> opportunityIds) {
    return development.accept(actor, learnerId, goalId, opportunityIds);
  }

  @MutationMapping
  DevelopmentPlan addPlanItem(
      @ContextValue Actor actor,
      @Argument String learnerId,
      @Argument String planId,
      @Argument String opportunityId) {
    return development.addItem(actor, learnerId, planId, opportunityId);
  }

  @MutationMapping
  DevelopmentPlan removePlanItem(
      @ContextValue Actor actor, @Argument String learnerId, @Argument String itemId) {
    return development.removeItem(actor, learnerId, itemId);
  }

  @MutationMapping
  DevelopmentPlan setPlanItemStatus(
      @ContextValue Actor actor,
      @Argument String learnerId,
      @Argument String itemId,
      @Argument PlanItemStatus status) {
    return development.setItemStatus(actor, learnerId, itemId, status);
  }
}
