package org.competenceatlas.transfer;

import java.util.List;
import org.competenceatlas.qualification.Qualification;
import org.competenceatlas.taxonomy.LearningOutcome;

/** A qualification whose units require outcomes of a gap. */
public record GapQualification(Qualification qualification, List<LearningOutcome> closes) {}
