package org.competenceatlas.transfer;

import java.util.List;
import org.competenceatlas.taxonomy.Importance;
import org.competenceatlas.taxonomy.LearningOutcome;

/**
 * A required outcome of the target and the held outcome that best supports it.
 *
 * @param weight the required outcome's share of the target's weight within its importance
 * @param contribution what this pair adds to the score; the contributions add up to the score
 * @param similarity for a link of the meaning layer, its score (0 to 1); null for other kinds
 */
public record OutcomeMatch(
    LearningOutcome required,
    Importance importance,
    LearningOutcome held,
    MatchKind kind,
    double strength,
    double weight,
    double contribution,
    List<PathStep> path,
    Double similarity) {}
