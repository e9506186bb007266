package org.competenceatlas.transfer;

import java.util.List;
import org.competenceatlas.taxonomy.LearningOutcome;

/** How far the source covers one unit of a target qualification. */
public record UnitCoverage(
    String id,
    String code,
    String label,
    int outcomeCount,
    int coveredCount,
    boolean covered,
    List<LearningOutcome> missing) {}
