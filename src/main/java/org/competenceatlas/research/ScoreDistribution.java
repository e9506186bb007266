package org.competenceatlas.research;

import java.util.List;

/**
 * A histogram of transfer scores over ordered occupation pairs (from every occupation, or from one:
 * {@code fromId}); bins are half-open [lower, upper) except the last, which includes 1.
 */
public record ScoreDistribution(String fromId, long pairs, double mean, List<Bin> bins) {

  /** One bin of the histogram. */
  public record Bin(double lower, double upper, long pairs) {}
}
