package org.competenceatlas.transfer;

import java.util.List;
import org.competenceatlas.taxonomy.SkillConcept;

/**
 * How far a source covers the target's essential outcomes of one competence area: a group directly
 * under a top group of the outcome hierarchy (ESCO's "communication, collaboration and creativity",
 * "assisting and caring", the knowledge domain "health and welfare", a transversal group).
 *
 * @param area the area's group, or null for outcomes outside the hierarchy
 * @param requiredCount how many essential outcomes of the target are in the area
 * @param supportedCount how many of them the source supports at all
 * @param coveredCount how many of them it supports at least at the gap threshold
 * @param coverage the rarity-weighted mean support of the area's essential outcomes, 0 to 1
 * @param matches the area's supported outcomes, the largest contribution first
 */
public record AreaCoverage(
    SkillConcept area,
    int requiredCount,
    int supportedCount,
    int coveredCount,
    double coverage,
    List<OutcomeMatch> matches) {}
