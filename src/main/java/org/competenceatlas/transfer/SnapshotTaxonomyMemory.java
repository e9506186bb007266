package org.competenceatlas.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.competenceatlas.common.Connection.Scored;
import org.competenceatlas.common.Labels;
import org.competenceatlas.taxonomy.Importance;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.competenceatlas.taxonomy.Occupation;
import org.competenceatlas.taxonomy.OutcomeRequirement;
import org.competenceatlas.taxonomy.SkillConcept;
import org.competenceatlas.taxonomy.TaxonomyMemory;
import org.springframework.stereotype.Component;

/**
 * Lends the transfer index to the taxonomy's look-ups: it already holds every occupation, outcome,
 * group, requirement and broader link, and follows the graph's taxonomy stamp.
 */
@Component
class SnapshotTaxonomyMemory implements TaxonomyMemory {

  /** As the graph orders them: by English label, concepts without one last. */
  private static final Comparator<SkillConcept> BY_ENGLISH_LABEL =
      Comparator.comparing(
              (SkillConcept concept) -> concept.labels().preferred().get(Labels.FALLBACK_LANGUAGE),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(SkillConcept::id);

  private final TaxonomySnapshots snapshots;

  SnapshotTaxonomyMemory(TaxonomySnapshots snapshots) {
    this.snapshots = snapshots;
  }

  @Override
  public Optional<Copy> current() {
    return snapshots.currentIfBuilt().map(SnapshotCopy::new);
  }

  @Override
  public void build() {
    snapshots.current();
  }

  private record SnapshotCopy(TaxonomySnapshot snapshot) implements Copy {

    @Override
    public Optional<Occupation> occupation(String id) {
      var index = snapshot.occupationIndex.get(id);
      return index == null ? Optional.empty() : Optional.of(snapshot.occupations[index]);
    }

    @Override
    public Optional<LearningOutcome> outcome(String id) {
      var index = snapshot.outcomeIndex(id);
      return index == null ? Optional.empty() : Optional.of(snapshot.outcome(index));
    }

    @Override
    public Optional<List<OutcomeRequirement>> requiredOutcomes(String occupationId) {
      var index = snapshot.occupationIndex.get(occupationId);
      if (index == null) {
        return Optional.empty();
      }
      var requirements = snapshot.occupationRequirements[index];
      var result =
          new ArrayList<OutcomeRequirement>(
              requirements.essential().length + requirements.optional().length);
      add(requirements.essential(), Importance.ESSENTIAL, result);
      add(requirements.optional(), Importance.OPTIONAL, result);
      return Optional.of(result);
    }

    @Override
    public Optional<List<SkillConcept>> broaderOfOutcome(String outcomeId) {
      var index = snapshot.outcomeIndex(outcomeId);
      if (index == null) {
        return Optional.empty();
      }
      var parents = snapshot.parents[index];
      var broader = new ArrayList<SkillConcept>(parents.length);
      for (int parent : parents) {
        broader.add(snapshot.concepts[parent]);
      }
      broader.sort(BY_ENGLISH_LABEL);
      return Optional.of(broader);
    }

    @Override
    public List<Scored<Occupation>> searchOccupations(String luceneQuery, int skip, int limit) {
      return snapshot.occupationLabels().search(luceneQuery, skip, limit);
    }

    private void add(int[] outcomes, Importance importance, List<OutcomeRequirement> result) {
      var concepts = new ArrayList<SkillConcept>(outcomes.length);
      for (int o : outcomes) {
        concepts.add(snapshot.outcome(o));
      }
      concepts.sort(BY_ENGLISH_LABEL);
      for (var concept : concepts) {
        result.add(new OutcomeRequirement((LearningOutcome) concept, importance));
      }
    }
  }
}
