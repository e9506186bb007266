package org.competenceatlas.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimStatusRuleTest {

  private static ClaimStatusRule.Judged judged(String result, String function, String date) {
    return new ClaimStatusRule.Judged(
        JudgementResult.valueOf(result),
        AssessmentFunction.valueOf(function),
        LocalDate.parse(date),
        null);
  }

  @Test
  void aClaimWithoutEvidenceOrJudgementIsSelfAssessed() {
    assertThat(ClaimStatusRule.status(0, List.of())).isEqualTo(ClaimStatus.SELF_ASSESSED);
  }

  @Test
  void evidenceMakesAClaimEvidenced() {
    assertThat(ClaimStatusRule.status(2, List.of())).isEqualTo(ClaimStatus.EVIDENCED);
  }

  @Test
  void onlyASummativeConfirmationValidates() {
    assertThat(ClaimStatusRule.status(1, List.of(judged("CONFIRMED", "OF_LEARNING", "2024-01-01"))))
        .isEqualTo(ClaimStatus.VALIDATED);
    assertThat(
            ClaimStatusRule.status(0, List.of(judged("CONFIRMED", "FOR_LEARNING", "2024-01-01"))))
        .isEqualTo(ClaimStatus.EVIDENCED);
    assertThat(
            ClaimStatusRule.status(
                1, List.of(judged("PARTLY_CONFIRMED", "OF_LEARNING", "2024-01-01"))))
        .isEqualTo(ClaimStatus.EVIDENCED);
  }

  @Test
  void theLatestJudgementWinsOverAnEarlierOne() {
    var validatedThenRefused =
        List.of(
            judged("NOT_CONFIRMED", "OF_LEARNING", "2024-06-01"),
            judged("CONFIRMED", "OF_LEARNING", "2024-01-01"));
    assertThat(ClaimStatusRule.status(1, validatedThenRefused))
        .isEqualTo(ClaimStatus.NOT_CONFIRMED);

    var refusedThenValidated =
        List.of(
            judged("NOT_CONFIRMED", "FOR_LEARNING", "2024-01-01"),
            judged("CONFIRMED", "OF_LEARNING", "2024-06-01"));
    assertThat(ClaimStatusRule.status(1, refusedThenValidated)).isEqualTo(ClaimStatus.VALIDATED);
  }

  @Test
  void formativeAdviceAfterAValidationKeepsTheClaimValidated() {
    var judgements =
        List.of(
            judged("CONFIRMED", "OF_LEARNING", "2024-01-01"),
            judged("PARTLY_CONFIRMED", "FOR_LEARNING", "2024-06-01"));
    assertThat(ClaimStatusRule.status(1, judgements)).isEqualTo(ClaimStatus.VALIDATED);
  }
}
