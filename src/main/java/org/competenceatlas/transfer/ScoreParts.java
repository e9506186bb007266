package org.competenceatlas.transfer;

/**
 * A transfer score and what it is made of: {@code score = essentialShare * essentialCoverage +
 * optionalShare * optionalCoverage}, each coverage the rarity-weighted mean support of the target's
 * outcomes of that importance.
 */
public record ScoreParts(
    double score,
    double essentialCoverage,
    Double optionalCoverage,
    double essentialShare,
    double optionalShare,
    int essentialCount,
    int optionalCount) {}
