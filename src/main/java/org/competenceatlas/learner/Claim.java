package org.competenceatlas.learner;

import java.util.Map;
import org.competenceatlas.taxonomy.LearningOutcome;

/** A learner's claim of a learning outcome, from a {@code :Claim} node and its outcome. */
public record Claim(
    String id, LearningOutcome outcome, Proficiency proficiency, ClaimStatus status, String note) {

  static Claim fromProperties(Map<String, Object> claim, LearningOutcome outcome) {
    return new Claim(
        (String) claim.get("id"),
        outcome,
        Proficiency.valueOf((String) claim.get("proficiency")),
        ClaimStatus.ofStored((String) claim.get("status")),
        (String) claim.get("note"));
  }
}
