package org.competenceatlas.learner;

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
      String kind,
      String context,
      String title,
      String organisation,
      String startDate,
      String endDate,
      String description) {}

  record ClaimInput(
      String outcomeId, List<String> experienceIds, String proficiency, String note) {}

  record ClaimUpdateInput(String proficiency, String note, List<String> experienceIds) {}

  record EvidenceInput(
      List<String> claimIds, String kind, String title, String link, String date) {}

  record JudgementInput(String claimId, String result) {}

  record ValidationInput(
      String learnerId,
      String function,
      String againstId,
      String comment,
      String date,
      List<JudgementInput> judgements) {}
}
