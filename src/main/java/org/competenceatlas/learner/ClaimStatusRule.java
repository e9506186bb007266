package org.competenceatlas.learner;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * A claim's status from its evidence and its judgements, the rule the seed world follows: the most
 * recent judgement decides when it is NOT_CONFIRMED, or CONFIRMED in an assessment of learning
 * (summative); otherwise an earlier summative confirmation still stands unless a later judgement
 * did not confirm; otherwise the claim is EVIDENCED when it has evidence or any (partial)
 * confirmation, and SELF_ASSESSED when it has neither.
 */
final class ClaimStatusRule {

  /** One judgement a claim received. */
  record Judged(
      JudgementResult result,
      AssessmentFunction function,
      LocalDate date,
      ZonedDateTime recordedAt) {}

  private static final Comparator<Judged> CHRONOLOGICAL =
      Comparator.comparing(Judged::date, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Judged::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()));

  private ClaimStatusRule() {}

  static ClaimStatus status(long evidenceCount, List<Judged> judgements) {
    var ordered = judgements.stream().sorted(CHRONOLOGICAL).toList();
    boolean validated = false;
    boolean notConfirmed = false;
    boolean confirmedAtAll = false;
    for (var judged : ordered) {
      switch (judged.result()) {
        case NOT_CONFIRMED -> {
          notConfirmed = true;
          validated = false;
        }
        case CONFIRMED -> {
          confirmedAtAll = true;
          notConfirmed = false;
          if (judged.function() == AssessmentFunction.OF_LEARNING) {
            validated = true;
          }
        }
        case PARTLY_CONFIRMED -> {
          confirmedAtAll = true;
          notConfirmed = false;
        }
      }
    }
    if (notConfirmed) {
      return ClaimStatus.NOT_CONFIRMED;
    }
    if (validated) {
      return ClaimStatus.VALIDATED;
    }
    return evidenceCount > 0 || confirmedAtAll ? ClaimStatus.EVIDENCED : ClaimStatus.SELF_ASSESSED;
  }
}
