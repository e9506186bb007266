package org.competenceatlas.learner;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.competenceatlas.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads learners' portfolios. */
@Service
@Transactional(readOnly = true)
public class LearnerService {

  private final LearnerRepository repository;
  private final PortfolioRepository portfolios;
  private final ValidationRepository validations;

  LearnerService(
      LearnerRepository repository,
      PortfolioRepository portfolios,
      ValidationRepository validations) {
    this.repository = repository;
    this.portfolios = portfolios;
    this.validations = validations;
  }

  /** The learner's claim with this id; NOT_FOUND when the learner has none. */
  public Claim claim(String learnerId, String claimId) {
    return portfolios
        .claim(learnerId, claimId)
        .orElseThrow(() -> new NotFoundException("claim of this learner", claimId));
  }

  /** The validations the learner's claims received, newest first. */
  public List<Validation> validations(String learnerId) {
    return validations.validations(learnerId, null);
  }

  /** The portfolio the signed-in account owns, if any. */
  public Optional<Learner> ownedBy(String account) {
    return repository.ownedBy(account);
  }

  public Learner learner(String id) {
    return repository.learner(id).orElseThrow(() -> new NotFoundException("learner", id));
  }

  public List<Claim> claims(String learnerId) {
    return repository.claims(learnerId);
  }

  public List<Goal> goals(String learnerId) {
    return repository.goals(learnerId);
  }

  public List<Experience> experiences(String learnerId) {
    return repository.experiences(learnerId);
  }

  /** The learner's portfolio in one read, for the learner map; NOT_FOUND for an unknown learner. */
  public PortfolioOutline portfolio(String learnerId) {
    return repository
        .portfolio(learnerId)
        .orElseThrow(() -> new NotFoundException("learner", learnerId));
  }

  /** The outcomes the learner claims, with statuses; NOT_FOUND for an unknown learner. */
  public ClaimedOutcomes claimedOutcomes(String learnerId) {
    return repository
        .claimedOutcomes(learnerId)
        .orElseThrow(() -> new NotFoundException("learner", learnerId));
  }

  /**
   * The parts of the learner's portfolio a query asked for, in the caller's transaction. Every
   * claim read gets an entry in the claims' maps, empty when it has no experience or evidence, so a
   * field below can tell a claim without any from one that was not read.
   */
  PortfolioRead portfolioRead(String learnerId, PortfolioRead.Parts parts) {
    var claims = parts.claims() ? repository.claims(learnerId) : null;
    Map<String, List<Experience>> claimExperiences = null;
    Map<String, List<Evidence>> claimEvidence = null;
    if (claims != null) {
      var ids = claims.stream().map(Claim::id).toList();
      if (parts.claimExperiences()) {
        claimExperiences = everyClaim(ids, ids.isEmpty() ? Map.of() : claimExperiences(ids));
      }
      if (parts.claimEvidence()) {
        claimEvidence = everyClaim(ids, ids.isEmpty() ? Map.of() : claimEvidence(ids));
      }
    }
    return new PortfolioRead(
        parts.goals() ? repository.goals(learnerId) : null,
        parts.experiences() ? repository.experiences(learnerId) : null,
        claims,
        claimExperiences,
        claimEvidence);
  }

  private static <T> Map<String, List<T>> everyClaim(
      List<String> claimIds, Map<String, List<T>> found) {
    var all = new java.util.HashMap<String, List<T>>(found);
    claimIds.forEach(id -> all.putIfAbsent(id, List.of()));
    return all;
  }

  public Map<String, List<Experience>> claimExperiences(Collection<String> claimIds) {
    return repository.claimExperiences(claimIds);
  }

  public Map<String, List<Evidence>> claimEvidence(Collection<String> claimIds) {
    return repository.claimEvidence(claimIds);
  }
}
