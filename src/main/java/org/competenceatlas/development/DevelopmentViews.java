package org.competenceatlas.development;

import java.time.ZonedDateTime;
import java.util.List;
import org.competenceatlas.learner.ClaimStatus;
import org.competenceatlas.learner.Experience;
import org.competenceatlas.learner.Proficiency;
import org.competenceatlas.qualification.LearningOpportunity;
import org.competenceatlas.qualification.Qualification;
import org.competenceatlas.qualification.QualificationUnit;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.competenceatlas.transfer.Endpoint;
import org.competenceatlas.transfer.GapOffer;
import org.competenceatlas.transfer.GapOutcome;

/** The computed results of the development module, as the GraphQL API shows them. */
final class DevelopmentViews {

  private DevelopmentViews() {}

  record QualificationGap(
      Qualification qualification,
      List<UnitGap> units,
      int exemptUnitCount,
      int remainingOutcomeCount) {}

  record UnitGap(
      QualificationUnit unit,
      boolean exempt,
      List<CoveredOutcome> validated,
      List<CoveredOutcome> notYetValidated,
      List<LearningOutcome> remaining) {}

  record CoveredOutcome(LearningOutcome outcome, String claimId, ClaimStatus status) {}

  record PlanProposal(Endpoint goal, double score, List<GapOutcome> gap, List<GapOffer> offers) {}

  record DevelopmentPlan(
      String id,
      String goalId,
      PlanStatus status,
      ZonedDateTime acceptedAt,
      String acceptedBy,
      List<PlanItem> items,
      PlanProgress progress) {}

  record PlanItem(
      String id,
      LearningOpportunity opportunity,
      PlanItemStatus status,
      List<LearningOutcome> closes) {}

  record PlanProgress(
      int gapOutcomeCount,
      int validatedCount,
      double share,
      boolean goalReached,
      List<LearningOutcome> remaining) {}

  record LearnerMap(
      String learnerId,
      List<Experience> experiences,
      List<MapClaim> claims,
      List<MapDestination> occupations,
      List<MapDestination> qualifications) {}

  record MapClaim(
      String id,
      LearningOutcome outcome,
      ClaimStatus status,
      Proficiency proficiency,
      int evidenceCount,
      List<String> experienceIds) {}

  record MapDestination(Endpoint to, double score, List<String> claimIds) {}
}
