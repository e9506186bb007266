package org.competenceatlas.qualification;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.competenceatlas.common.NotFoundException;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.competenceatlas.taxonomy.Occupation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Look-ups of qualifications, their units and the opportunities that teach them. */
@Service
@Transactional(readOnly = true)
public class QualificationService {

  private final QualificationRepository repository;

  QualificationService(QualificationRepository repository) {
    this.repository = repository;
  }

  public Qualification qualification(String id) {
    return repository
        .qualification(id)
        .orElseThrow(() -> new NotFoundException("qualification", id));
  }

  public List<QualificationUnit> units(String qualificationId) {
    return repository.units(qualificationId);
  }

  public Map<String, List<LearningOutcome>> unitOutcomes(Collection<String> unitIds) {
    return repository.unitOutcomes(unitIds);
  }

  /** Learning opportunities teaching any of these outcomes, with the ones each teaches. */
  public List<Teaching<LearningOpportunity>> opportunitiesTeaching(Collection<String> outcomeIds) {
    return outcomeIds.isEmpty() ? List.of() : repository.opportunitiesTeaching(outcomeIds);
  }

  /** Qualifications whose units require any of these outcomes, with the ones each requires. */
  public List<Teaching<Qualification>> qualificationsRequiring(Collection<String> outcomeIds) {
    return outcomeIds.isEmpty() ? List.of() : repository.qualificationsRequiring(outcomeIds);
  }

  /** The learning opportunities with these ids; unknown ids are left out. */
  public List<LearningOpportunity> opportunities(Collection<String> ids) {
    return ids.isEmpty() ? List.of() : repository.opportunitiesById(ids);
  }

  public QualificationUnit.InQualification unit(String unitId) {
    return repository
        .unit(unitId)
        .orElseThrow(() -> new NotFoundException("qualification unit", unitId));
  }

  List<Occupation> preparesFor(String qualificationId) {
    return repository.preparesFor(qualificationId);
  }

  List<LearningOpportunity> opportunities(String qualificationId) {
    return repository.opportunities(qualificationId);
  }

  Map<String, List<LearningOutcome>> taughtOutcomes(Collection<String> opportunityIds) {
    return repository.taughtOutcomes(opportunityIds);
  }
}
