package org.competenceatlas.learner;

import java.util.List;

/** The outcomes a learner claims, with each claim's status: what transfers are computed from. */
public record ClaimedOutcomes(String learnerId, String displayName, List<ClaimedOutcome> claims) {

  public record ClaimedOutcome(String outcomeId, ClaimStatus status) {}
}
