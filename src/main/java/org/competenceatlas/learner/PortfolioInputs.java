package org.competenceatlas.learner;

import java.time.LocalDate;
import java.util.List;

/** The GraphQL inputs of the portfolio mutations ({@code graphql-schema/portfolio.graphqls}). */
final class PortfolioInputs {

  private PortfolioInputs() {}

  record LearnerInput(
      String displayName,
      String preferredLanguage,
      List<String> goalIds,
      List<String> values,
      List<String> ambitions) {}

  record LearnerUpdateInput(
      String displayName,
      String preferredLanguage,
      List<String> goalIds,
      List<String> values,
      List<String> ambitions) {}

  record ExperienceInput(
      ExperienceKind kind,
      ExperienceContext context,
      String title,
      String organisation,
      LocalDate startDate,
      LocalDate endDate,
      String description) {}

  record ClaimInput(
      String outcomeId, List<String> experienceIds, Proficiency proficiency, String note) {}

  record ClaimUpdateInput(Proficiency proficiency, String note, List<String> experienceIds) {}

  record EvidenceInput(
      List<String> claimIds, EvidenceKind kind, String title, String link, LocalDate date) {}

  record JudgementInput(String claimId, JudgementResult result) {}

  record ValidationInput(
      String learnerId,
      AssessmentFunction function,
      String againstId,
      String comment,
      LocalDate date,
      List<JudgementInput> judgements) {}
}
