package org.competenceatlas.learner;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a {@code learner(id)} query asked of the portfolio, read with the learner in the transaction
 * of the access decision, and kept in the request's context for the fields below it: each of those
 * would otherwise open a transaction of its own. A part not asked for is null, and its field reads
 * it as before.
 */
record PortfolioRead(
    List<Goal> goals,
    List<Experience> experiences,
    List<Claim> claims,
    Map<String, List<Experience>> claimExperiences,
    Map<String, List<Evidence>> claimEvidence) {

  /** The parts of the portfolio a query's selection under {@code learner} names. */
  record Parts(
      boolean goals,
      boolean experiences,
      boolean claims,
      boolean claimExperiences,
      boolean claimEvidence) {

    boolean any() {
      return goals || experiences || claims;
    }
  }

  /** Every read of one request, by learner, and the claims' parts by claim id across them. */
  static final class OfRequest {

    static final String CONTEXT_KEY = OfRequest.class.getName();

    private final Map<String, PortfolioRead> byLearner = new ConcurrentHashMap<>();
    private final Map<String, List<Experience>> claimExperiences = new ConcurrentHashMap<>();
    private final Map<String, List<Evidence>> claimEvidence = new ConcurrentHashMap<>();

    void add(String learnerId, PortfolioRead read) {
      byLearner.merge(learnerId, read, PortfolioRead::or);
      if (read.claimExperiences() != null) {
        claimExperiences.putAll(read.claimExperiences());
      }
      if (read.claimEvidence() != null) {
        claimEvidence.putAll(read.claimEvidence());
      }
    }

    PortfolioRead of(String learnerId) {
      return byLearner.get(learnerId);
    }

    /** The experiences of every claim named, or null when one of them was not read. */
    Map<String, List<Experience>> claimExperiences(Set<String> claimIds) {
      return claimExperiences.keySet().containsAll(claimIds) ? claimExperiences : null;
    }

    /** The evidence of every claim named, or null when one of them was not read. */
    Map<String, List<Evidence>> claimEvidence(Set<String> claimIds) {
      return claimEvidence.keySet().containsAll(claimIds) ? claimEvidence : null;
    }
  }

  /** This read, with the parts it lacks taken from {@code other}. */
  PortfolioRead or(PortfolioRead other) {
    return new PortfolioRead(
        goals != null ? goals : other.goals,
        experiences != null ? experiences : other.experiences,
        claims != null ? claims : other.claims,
        claimExperiences != null ? claimExperiences : other.claimExperiences,
        claimEvidence != null ? claimEvidence : other.claimEvidence);
  }
}
