package org.competenceatlas.learner;

import java.util.List;
import org.competenceatlas.common.Actor;
import org.competenceatlas.common.Connection;
import org.competenceatlas.learner.PortfolioInputs.ClaimInput;
import org.competenceatlas.learner.PortfolioInputs.ClaimUpdateInput;
import org.competenceatlas.learner.PortfolioInputs.EvidenceInput;
import org.competenceatlas.learner.PortfolioInputs.ExperienceInput;
import org.competenceatlas.learner.PortfolioInputs.LearnerInput;
import org.competenceatlas.learner.PortfolioInputs.LearnerUpdateInput;
import org.competenceatlas.learner.PortfolioInputs.ValidationInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Building a portfolio ({@code graphql-schema/portfolio.graphqls}); access is decided before. */
@Controller
class PortfolioController {

  private final PortfolioService portfolio;
  private final ValidationService validations;

  PortfolioController(PortfolioService portfolio, ValidationService validations) {
    this.portfolio = portfolio;
    this.validations = validations;
  }

  @MutationMapping
  String createLearner(@ContextValue Actor actor, @Argument LearnerInput input) {
    return portfolio.createLearner(actor, input).id();
  }

  @MutationMapping
  Learner updateLearner(
      @ContextValue Actor actor, @Argument String learnerId, @Argument LearnerUpdateInput input) {
    return portfolio.updateLearner(actor, learnerId, input);
  }

  @MutationMapping
  Experience addExperience(
      @ContextValue Actor actor, @Argument String learnerId, @Argument ExperienceInput input) {
    return portfolio.addExperience(actor, learnerId, input);
  }

  @MutationMapping
  Experience updateExperience(
      @ContextValue Actor actor,
      @Argument String learnerId,
      @Argument String experienceId,
      @Argument ExperienceInput input) {
    return portfolio.updateExperience(actor, learnerId, experienceId, input);
  }

  @MutationMapping
  String removeExperience(
      @ContextValue Actor actor, @Argument String learnerId, @Argument String experienceId) {
    return portfolio.removeExperience(actor, learnerId, experienceId);
  }

  @MutationMapping
  Claim addClaim(
      @ContextValue Actor actor, @Argument String learnerId, @Argument ClaimInput input) {
    return portfolio.addClaim(actor, learnerId, input);
  }

  @MutationMapping
  Claim updateClaim(
      @ContextValue Actor actor,
      @Argument String learnerId,
      @Argument String claimId,
      @Argument ClaimUpdateInput input) {
    return portfolio.updateClaim(actor, learnerId, claimId, input);
  }

  @MutationMapping
  Evidence addEvidence(
      @ContextValue Actor actor, @Argument String learnerId, @Argument EvidenceInput input) {
    return portfolio.addEvidence(actor, learnerId, input);
  }

  @MutationMapping
  Validation recordValidation(@ContextValue Actor actor, @Argument ValidationInput input) {
    return validations.recordValidation(actor, input);
  }

  @MutationMapping
  GoalCycle setGoalStage(
      @ContextValue Actor actor,
      @Argument String learnerId,
      @Argument String goalId,
      @Argument CycleStage stage,
      @Argument String note) {
    return portfolio.setGoalStage(actor, learnerId, goalId, stage, note);
  }

  @QueryMapping
  Connection<AuditEvent> auditTrail(
      @Argument String learnerId, @Argument Integer first, @Argument String after) {
    return portfolio.auditTrail(learnerId, first, after);
  }

  @SchemaMapping(typeName = "Learner")
  List<GoalCycle> cycle(Learner learner) {
    return portfolio.cycles(learner.id());
  }

  @SchemaMapping(typeName = "Learner")
  List<Validation> validations(Learner learner) {
    return validations.validations(learner.id());
  }
}
