package org.competenceatlas.meaning;

/**
 * Every number of the meaning layer in one place. {@code docs/scoring.md} explains them: the
 * weights are a logistic regression of "an adviser accepts the link" on the features below, fitted
 * once to the judged set, and the threshold is the lowest at which the shown links on that set were
 * at least 90 % acceptable. Change them together with the doc, and check with {@code
 * evaluate-transfers}.
 */
final class MeaningParameters {

  private MeaningParameters() {}

  /**
   * Names the texts, the features and the weights below: when any of them changes, every scope's
   * links are computed again.
   */
  static final String VERSION = "minilm-labdesc-lr1";

  /** The logistic model's intercept. */
  static final double INTERCEPT = -2.97;

  /** Weight of the cosine of the two outcomes' embeddings (label and description). */
  static final double COSINE = 4.95;

  /** Weight of sharing a competence area (a group directly under a top group). */
  static final double SAME_AREA = 0.61;

  /** Weight of sharing a group one level below an area. */
  static final double SAME_SUBAREA = 0.31;

  /** Weight of sharing a direct broader group. */
  static final double SAME_GROUP = 0.49;

  /** Weight when both outcomes are knowledge: topics that sound alike often are not alike. */
  static final double BOTH_KNOWLEDGE = -1.12;

  /** Weight when one outcome is knowledge and the other a skill. */
  static final double MIXED_TYPES = -0.09;

  /**
   * A link is kept when the model's chance that an adviser accepts it is at least this: on the
   * judged set, the lowest threshold whose shown matches were at least 90 % acceptable.
   */
  static final double MIN_SCORE = 0.70;

  /** At most this many links per outcome, the strongest: bounds hubs. */
  static final int MAX_LINKS_PER_OUTCOME = 50;

  /** Outcomes embedded and saved per transaction: the unit of progress and of resuming. */
  static final int EMBED_BATCH = 128;

  /** Links written per transaction. */
  static final int WRITE_BATCH = 5_000;

  /** The linking model's score for one pair. */
  static double score(
      double cosine,
      boolean sameArea,
      boolean sameSubarea,
      boolean sameGroup,
      boolean bothKnowledge,
      boolean mixedTypes) {
    double z =
        INTERCEPT
            + COSINE * cosine
            + (sameArea ? SAME_AREA : 0)
            + (sameSubarea ? SAME_SUBAREA : 0)
            + (sameGroup ? SAME_GROUP : 0)
            + (bothKnowledge ? BOTH_KNOWLEDGE : 0)
            + (mixedTypes ? MIXED_TYPES : 0);
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * The lowest cosine that can still reach {@link #MIN_SCORE} with every structural feature in its
   * favour: pairs below it are not scored at all.
   */
  static double cosineFloor() {
    double logit = Math.log(MIN_SCORE / (1 - MIN_SCORE));
    double best =
        INTERCEPT
            + Math.max(0, SAME_AREA)
            + Math.max(0, SAME_SUBAREA)
            + Math.max(0, SAME_GROUP)
            + Math.max(0, Math.max(BOTH_KNOWLEDGE, MIXED_TYPES));
    return (logit - best) / COSINE;
  }
}
