package org.competenceatlas.transfer;

import java.util.List;
import org.competenceatlas.common.Labels;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.competenceatlas.taxonomy.Occupation;
import org.competenceatlas.taxonomy.OutcomeGroup;

/**
 * What {@link TransferRepository} reads from the graph to build a {@link TaxonomySnapshot}, in one
 * read transaction so it is one state of the graph.
 */
record SnapshotData(
    String stamp,
    List<LearningOutcome> outcomes,
    List<OutcomeGroup> groups,
    List<BroaderPair> broader,
    List<RelatedPair> related,
    List<SimilarPair> similar,
    List<OccupationRow> occupations,
    List<QualificationRow> qualifications) {

  /** A concept and one of its broader concepts. */
  record BroaderPair(String child, String parent) {}

  /** ESCO's skill-to-skill relation, stated one way; {@code importance} essential or optional. */
  record RelatedPair(String from, String to, String importance) {}

  /**
   * A link of the meaning layer: two outcomes whose meaning overlaps, with its score (0 to 1) and
   * the direct broader group they share, if any.
   */
  record SimilarPair(String from, String to, double score, String via) {}

  record OccupationRow(
      Occupation occupation, List<String> essential, List<String> optional, boolean deprecated) {}

  record QualificationRow(String id, Labels labels, List<UnitRow> units) {}

  record UnitRow(String id, String code, String label, List<String> outcomes) {}
}
