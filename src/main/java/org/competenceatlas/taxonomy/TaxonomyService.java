package org.competenceatlas.taxonomy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.competenceatlas.common.Connection;
import org.competenceatlas.common.LabelSearch;
import org.competenceatlas.common.Language;
import org.competenceatlas.common.NotFoundException;
import org.competenceatlas.common.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Look-ups and searches over the taxonomy, for the API and for other capabilities. */
@Service
@Transactional(readOnly = true)
public class TaxonomyService {

  private final TaxonomyRepository repository;

  TaxonomyService(TaxonomyRepository repository) {
    this.repository = repository;
  }

  public Occupation occupation(String id) {
    return repository.occupations(List.of(id)).stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("occupation", id));
  }

  public LearningOutcome outcome(String id) {
    return repository.outcomes(List.of(id)).stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("learning outcome", id));
  }

  public List<Occupation> occupations(Collection<String> ids) {
    return repository.occupations(ids);
  }

  public List<LearningOutcome> outcomes(Collection<String> ids) {
    return repository.outcomes(ids);
  }

  public Connection<Occupation> searchOccupations(
      String text, String language, Integer first, String after) {
    var page = PageRequest.of(first, after);
    var query = LabelSearch.luceneQuery(text, Language.require(language));
    return Connection.of(
        page, repository.searchOccupations(query, page.offset(), page.probeSize()));
  }

  public Connection<LearningOutcome> searchOutcomes(
      String text, String language, Integer first, String after) {
    var page = PageRequest.of(first, after);
    var query = LabelSearch.luceneQuery(text, Language.require(language));
    return Connection.of(page, repository.searchOutcomes(query, page.offset(), page.probeSize()));
  }

  public List<OutcomeRequirement> requiredOutcomes(String occupationId, Importance importance) {
    return repository.requiredOutcomes(occupationId, importance);
  }

  List<OccupationRequirement> requiringOccupations(String outcomeId, Importance importance) {
    return repository.requiringOccupations(outcomeId, importance);
  }

  Optional<IscoGroup> iscoGroupOf(Occupation occupation) {
    return repository.iscoGroupOf(occupation.id());
  }

  Optional<IscoGroup> broader(IscoGroup group) {
    return repository.broaderIscoGroup(group.id());
  }

  Map<String, List<SkillConcept>> broaderOfOutcomes(Collection<String> ids) {
    return repository.outcomeBroader(ids);
  }

  Map<String, List<SkillConcept>> narrowerOfOutcomes(Collection<String> ids) {
    return repository.outcomeNarrower(ids);
  }

  Map<String, List<SkillConcept>> broaderOfGroups(Collection<String> ids) {
    return repository.groupBroader(ids);
  }

  Map<String, List<SkillConcept>> narrowerOfGroups(Collection<String> ids) {
    return repository.groupNarrower(ids);
  }

  Map<String, List<String>> collections(Collection<String> ids) {
    return repository.collections(ids);
  }

  /** The imported taxonomy releases, the newest import first. */
  public List<TaxonomyRelease> releases() {
    return repository.releases();
  }

  /**
   * Recomputes each outcome's breadth (how many occupations and ISCO major groups require it).
   * Whoever loads taxonomy data calls this once the load is complete.
   */
  @Transactional
  public long deriveOutcomeBreadth() {
    return repository.deriveOutcomeBreadth();
  }
}
