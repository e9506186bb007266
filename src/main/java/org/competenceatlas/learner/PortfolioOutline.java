package org.competenceatlas.learner;

import java.util.List;

/**
 * A learner's portfolio read in one query, claims naming their outcome by id only: the reading of
 * the learner map, which takes outcomes from the taxonomy's in-memory copy.
 */
public record PortfolioOutline(
    Learner learner, List<Experience> experiences, List<ClaimOutline> claims) {

  /** A claim with what the map draws of it. */
  public record ClaimOutline(
      String id,
      String outcomeId,
      ClaimStatus status,
      Proficiency proficiency,
      int evidenceCount,
      List<String> experienceIds) {}
}
