package org.competenceatlas.research;

import java.util.List;
import org.competenceatlas.taxonomy.LearningOutcome;

/** An outcome, how many occupations require it, and the outcomes most often required with it. */
public record OutcomeCoOccurrence(
    LearningOutcome outcome, int occupations, List<CoOccurringOutcome> coOccurring) {

  /** Another outcome: occupations requiring both, requiring it at all, Jaccard index and lift. */
  public record CoOccurringOutcome(
      LearningOutcome outcome, int together, int occupations, double jaccard, double lift) {}
}
