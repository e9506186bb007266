package org.competenceatlas.transfer;

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
  static final double SHARED_GROUP = 0.5;
  static final double SHARED_ANCESTOR = 0.25;

  /**
   * A shared group is full evidence up to this many outcomes under it, and none from {@link
   * #GROUP_SIZE_NONE} on, log-linear in between: wide groups are shared by unrelated jobs.
   */
  static final int GROUP_SIZE_FULL = 8;

  static final int GROUP_SIZE_NONE = 150;

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
}
