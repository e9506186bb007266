package org.competenceatlas.transfer;

import java.util.List;

/** The explained transfer from a source to a target. */
public record Transfer(
    Endpoint from,
    Endpoint to,
    ScoreParts parts,
    List<OutcomeMatch> matches,
    List<GapOutcome> gap,
    List<UnitCoverage> units,
    List<AreaCoverage> areas) {}
