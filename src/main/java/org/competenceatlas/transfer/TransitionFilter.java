package org.competenceatlas.transfer;

import java.util.regex.Pattern;
import org.competenceatlas.common.InvalidInputException;

/**
 * The GraphQL {@code TransitionFilter}: an ISCO group prefix and a minimum score, checked before
 * any ranking starts.
 */
record TransitionFilter(String iscoGroup, Double minScore) {

  private static final Pattern ISCO_PREFIX = Pattern.compile("\\d{1,4}");

  /** The filter's ISCO prefix, or null for every group; refuses anything but 1 to 4 digits. */
  static String iscoPrefix(TransitionFilter filter) {
    String iscoGroup = filter == null ? null : filter.iscoGroup();
    if (iscoGroup != null && !ISCO_PREFIX.matcher(iscoGroup).matches()) {
      throw new InvalidInputException(
          "filter.iscoGroup",
          "filter.iscoGroup must be 1 to 4 digits of an ISCO-08 code, e.g. '42'");
    }
    return iscoGroup;
  }

  static double minScore(TransitionFilter filter) {
    return minScore(filter == null ? null : filter.minScore(), "filter.minScore");
  }

  /** A minimum score argument: 0 when absent, refused outside 0 to 1. */
  static double minScore(Double value, String argument) {
    if (value == null) {
      return 0;
    }
    if (value < 0 || value > 1) {
      throw new InvalidInputException(
          argument, argument + " must be between 0 and 1; got " + value);
    }
    return value;
  }
}
