package org.competenceatlas.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.competenceatlas.common.Connection;
import org.competenceatlas.common.Language;
import org.competenceatlas.common.NotFoundException;
import org.competenceatlas.common.PageRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Look-ups and searches over the taxonomy, for the API and for other capabilities. The frequent
 * look-ups come from the {@link TaxonomyMemory} when there is one; they then run outside a graph
 * transaction, which would cost round trips for nothing.
 */
@Service
@Transactional(readOnly = true)
public class TaxonomyService {

  private final TaxonomyRepository repository;
  private final TaxonomyMemory memory;

  TaxonomyService(TaxonomyRepository repository, ObjectProvider<TaxonomyMemory> memory) {
    this.repository = repository;
    this.memory = memory.getIfAvailable(() -> Optional::empty);
  }

  /** Builds the in-memory copy of the taxonomy now, if one is kept and not built yet. */
  public void holdInMemory() {
    memory.build();
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public Occupation occupation(String id) {
    var copy = memory.current();
    if (copy.isPresent()) {
      var occupation = copy.get().occupation(id);
      if (occupation.isPresent()) {
        return occupation.get();
      }
    }
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

  /**
   * The outcomes with these ids, by id, from the in-memory copy where it has them and from the
   * graph for the rest (outcomes created since the copy was built); unknown ids are left out.
   */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public Map<String, LearningOutcome> outcomesById(Collection<String> ids) {
    var found = new HashMap<String, LearningOutcome>(ids.size() * 2);
    var missing = new ArrayList<String>();
    var copy = memory.current();
    for (var id : ids) {
      var outcome = copy.flatMap(c -> c.outcome(id));
      if (outcome.isPresent()) {
        found.put(id, outcome.get());
      } else {
        missing.add(id);
      }
    }
    if (!missing.isEmpty()) {
      repository.outcomes(missing).forEach(outcome -> found.put(outcome.id(), outcome));
    }
    return found;
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public Connection<Occupation> searchOccupations(
      String text, String language, Integer first, String after) {
    var page = PageRequest.of(first, after);
    var query = LabelSearch.luceneQuery(text, Language.require(language));
    var copy = memory.current();
    var found =
        copy.isPresent()
            ? copy.get().searchOccupations(query, page.offset(), page.probeSize())
            : repository.searchOccupations(query, page.offset(), page.probeSize());
    return Connection.of(page, found);
  }

  public Connection<LearningOutcome> searchOutcomes(
      String text, String language, Integer first, String after) {
    var page = PageRequest.of(first, after);
    var query = LabelSearch.luceneQuery(text, Language.require(language));
    return Connection.of(page, repository.searchOutcomes(query, page.offset(), page.probeSize()));
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public List<OutcomeRequirement> requiredOutcomes(String occupationId, Importance importance) {
    var copy = memory.current();
    if (copy.isPresent()) {
      var required = copy.get().requiredOutcomes(occupationId);
      if (required.isPresent()) {
        return importance == null
            ? required.get()
            : required.get().stream().filter(r -> r.importance() == importance).toList();
      }
    }
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

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  Map<String, List<SkillConcept>> broaderOfOutcomes(Collection<String> ids) {
    var copy = memory.current();
    if (copy.isPresent()) {
      var result = new LinkedHashMap<String, List<SkillConcept>>();
      for (var id : ids) {
        var broader = copy.get().broaderOfOutcome(id);
        if (broader.isEmpty()) {
          return repository.outcomeBroader(ids);
        }
        if (!broader.get().isEmpty()) {
          result.put(id, broader.get());
        }
      }
      return result;
    }
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
