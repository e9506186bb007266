package org.competenceatlas.learner;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.competenceatlas.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads learners' portfolios. */
@Service
@Transactional(readOnly = true)
public class LearnerService {

  private final LearnerRepository repository;

  LearnerService(LearnerRepository repository) {
    this.repository = repository;
  }

  public Learner learner(String id) {
    return repository.learner(id).orElseThrow(() -> new NotFoundException("learner", id));
  }

  public List<Claim> claims(String learnerId) {
    return repository.claims(learnerId);
  }

  List<Goal> goals(String learnerId) {
    return repository.goals(learnerId);
  }

  List<Experience> experiences(String learnerId) {
    return repository.experiences(learnerId);
  }

  Map<String, List<Experience>> claimExperiences(Collection<String> claimIds) {
    return repository.claimExperiences(claimIds);
  }

  Map<String, List<Evidence>> claimEvidence(Collection<String> claimIds) {
    return repository.claimEvidence(claimIds);
  }
}
