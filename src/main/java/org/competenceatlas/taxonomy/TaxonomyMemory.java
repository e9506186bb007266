package org.competenceatlas.taxonomy;

import java.util.List;
import java.util.Optional;
import org.competenceatlas.common.Connection.Scored;

/**
 * An in-memory copy of the taxonomy that answers the frequent look-ups (an occupation, its
 * outcomes, their broader concepts) without a round trip to the graph. A capability that already
 * keeps such a copy in step with the graph provides it; without one, or until it is built, the
 * look-ups read the graph.
 */
public interface TaxonomyMemory {

  /** The copy of the graph's current taxonomy, or empty when none is built yet. */
  Optional<Copy> current();

  /**
   * Builds the copy now if none is built yet, as the service does before it is ready; a command
   * that measures look-ups as the service answers them calls it first.
   */
  default void build() {}

  /** One consistent state of the taxonomy. */
  interface Copy {

    Optional<Occupation> occupation(String id);

    Optional<LearningOutcome> outcome(String id);

    /**
     * The occupation's outcomes, essential first, then by English label, a pair listed as both
     * counting as essential; empty when the copy has no such occupation.
     */
    Optional<List<OutcomeRequirement>> requiredOutcomes(String occupationId);

    /**
     * The concepts directly broader than the outcome, by English label; empty when the copy has no
     * such outcome.
     */
    Optional<List<SkillConcept>> broaderOfOutcome(String outcomeId);

    /** The occupations whose labels match a query of {@link LabelSearch}, best first. */
    List<Scored<Occupation>> searchOccupations(String luceneQuery, int skip, int limit);
  }
}
