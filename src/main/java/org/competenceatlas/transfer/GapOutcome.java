package org.competenceatlas.transfer;

import org.competenceatlas.taxonomy.LearningOutcome;

/**
 * An essential outcome of the target that the source does not (convincingly) hold.
 *
 * @param weight its share of the target's essential weight: how much learning it closes
 * @param support the partial support the source already has for it, below the gap threshold
 */
public record GapOutcome(LearningOutcome outcome, double weight, double support) {}
