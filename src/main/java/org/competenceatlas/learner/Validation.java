package org.competenceatlas.learner;

import java.time.LocalDate;
import java.util.List;
import org.competenceatlas.taxonomy.LearningOutcome;

/** An assessor's judgement of a learner's claims against a standard. */
public record Validation(
    String id,
    AssessmentFunction function,
    LocalDate date,
    String comment,
    Assessor assessor,
    Goal against,
    List<Judgement> judgements) {

  /** Someone who validates claims, from an {@code :Assessor} node. */
  public record Assessor(String id, String displayName, String organisation) {}

  /** The result for one claim. */
  public record Judgement(String claimId, LearningOutcome outcome, JudgementResult result) {}
}
