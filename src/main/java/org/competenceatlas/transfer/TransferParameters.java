package org.competenceatlas.transfer;

import org.competenceatlas.taxonomy.LearningOutcome;

/**
 * Every number of the transfer score in one place. {@code docs/scoring.md} gives the formula and
 * the reasons for each value; change them together.
 */
final class TransferParameters {

  private TransferParameters() {}

  /**
   * How much one optional requirement of the target weighs next to an essential one. The shares of
   * essential and optional coverage in the score follow from the weights, so a target with one
   * optional outcome cannot gain much from it, and essential outcomes always dominate.
   */
  static final double OPTIONAL_REQUIREMENT_WEIGHT = 0.25;

  /** How much a source occupation's optional outcomes count as held, next to essential ones. */
  static final double SOURCE_OPTIONAL_WEIGHT = 0.8;

  /** How much a learner's claim counts as held, by status. Not confirmed counts nothing. */
  static final double CLAIM_VALIDATED = 1.0;

  static final double CLAIM_EVIDENCED = 0.8;
  static final double CLAIM_SELF_ASSESSED = 0.6;

  /** Strength of support by kind of link, before the transferability of the held outcome. */
  static final double HELD_NARROWER = 0.7;

  static final double HELD_BROADER = 0.5;
  static final double RELATED_ESSENTIAL = 0.6;
  static final double RELATED_OPTIONAL = 0.45;

  /**
   * A link of the meaning layer supports with this strength at a score of 1; its score (the
   * calibrated chance that an adviser accepts the link) scales it.
   */
  static final double SIMILAR = 0.6;

  /**
   * One held outcome supports at most this many requirements of one target through links other than
   * the same outcome: its strongest ones. Without it one held outcome ("provide first aid") stood
   * in for six clinical requirements of a narrow group.
   */
  static final int MAX_INDIRECT_SUPPORTS_PER_HELD = 2;

  /** Transferability of a held outcome by ESCO reuse level. */
  static final double REUSE_TRANSVERSAL = 1.0;

  static final double REUSE_CROSS_SECTOR = 0.9;
  static final double REUSE_SECTOR_SPECIFIC = 0.75;
  static final double REUSE_OCCUPATION_SPECIFIC = 0.6;

  /**
   * Where the reuse level is unknown, transferability follows breadth: the number of ISCO major
   * groups whose occupations require the outcome, from {@link #REUSE_OCCUPATION_SPECIFIC} at one
   * group to {@link #REUSE_TRANSVERSAL} at this many.
   */
  static final int BREADTH_TRANSVERSAL_MAJOR_GROUPS = 6;

  /** A required outcome with less support than this counts as a gap to learn. */
  static final double GAP_THRESHOLD = 0.5;

  /** A unit of a qualification counts as covered when every outcome has at least this support. */
  static final double UNIT_COVERED_THRESHOLD = 0.999;

  /** The strength of a meaning-layer link of this score. */
  static double similarStrength(double score) {
    return SIMILAR * score;
  }

  /** How well a held outcome carries over to other work: by reuse level, else by breadth. */
  static double transferability(LearningOutcome outcome) {
    if (outcome.reuseLevel() != null) {
      return switch (outcome.reuseLevel()) {
        case TRANSVERSAL -> REUSE_TRANSVERSAL;
        case CROSS_SECTOR -> REUSE_CROSS_SECTOR;
        case SECTOR_SPECIFIC -> REUSE_SECTOR_SPECIFIC;
        case OCCUPATION_SPECIFIC -> REUSE_OCCUPATION_SPECIFIC;
      };
    }
    double breadth =
        Math.min(Math.max(outcome.iscoMajorGroupCount(), 1), BREADTH_TRANSVERSAL_MAJOR_GROUPS);
    double share = (breadth - 1) / (BREADTH_TRANSVERSAL_MAJOR_GROUPS - 1);
    return REUSE_OCCUPATION_SPECIFIC + share * (REUSE_TRANSVERSAL - REUSE_OCCUPATION_SPECIFIC);
  }
}
