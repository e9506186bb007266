package org.competenceatlas.transfer;

import java.util.List;
import org.competenceatlas.qualification.LearningOpportunity;
import org.competenceatlas.taxonomy.LearningOutcome;

/** A learning opportunity chosen for a gap, with the gap outcomes it closes. */
public record GapOffer(LearningOpportunity opportunity, List<LearningOutcome> closes) {}
