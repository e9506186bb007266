package org.competenceatlas.common;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where a field's arguments name the learner it is about: the path its {@code @access} directive
 * gives, such as {@code learnerId} or {@code input.learnerId}. The access check and the write
 * admission both read the learner this way, so a field cannot be checked for one learner and queued
 * as if it named none.
 */
public final class LearnerArgument {

  /** The directive that states a field's access rule, and its argument naming the path. */
  public static final String DIRECTIVE = "access";

  public static final String PATH_ARGUMENT = "learner";

  private LearnerArgument() {}

  /** The steps of a dotted path; none for a field that names no learner. */
  public static List<String> path(String dotted) {
    return dotted == null || dotted.isEmpty() ? List.of() : Arrays.asList(dotted.split("\\."));
  }

  /** The learner's id at {@code path} in {@code arguments}, or null when there is none. */
  public static String in(List<String> path, Map<String, Object> arguments) {
    Object value = arguments;
    for (var step : path) {
      if (!(value instanceof Map<?, ?> map)) {
        return null;
      }
      value = map.get(step);
    }
    return path.isEmpty() || value == null ? null : value.toString();
  }
}
