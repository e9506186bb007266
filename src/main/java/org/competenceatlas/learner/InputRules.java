package org.competenceatlas.learner;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.competenceatlas.common.Abbreviate;
import org.competenceatlas.common.InvalidInputException;

/**
 * The limits on portfolio input (documented in {@code graphql-schema/portfolio.graphqls} and
 * docs/portfolio.md) and the checks that name the field at fault.
 */
final class InputRules {

  static final int SHORT_TEXT = 200;
  static final int LINK = 2_000;
  static final int LONG_TEXT = 4_000;
  static final int MAX_GOALS = 10;
  static final int MAX_PHRASES = 20;
  static final int MAX_EXPERIENCES = 200;
  static final int MAX_CLAIMS = 500;
  static final int MAX_EVIDENCE = 1_000;
  static final int MAX_CLAIM_EXPERIENCES = 20;
  static final int MAX_EVIDENCE_CLAIMS = 50;
  static final int MAX_JUDGEMENTS = 100;

  private InputRules() {}

  /** The stripped text; refused when missing, blank or longer than {@code max}. */
  static String required(String field, String value, int max) {
    var text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      throw new InvalidInputException(field, field + " must not be empty");
    }
    return limited(field, text, max);
  }

  /** The stripped text, or null when missing or blank; refused when longer than {@code max}. */
  static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return limited(field, value.strip(), max);
  }

  private static String limited(String field, String text, int max) {
    if (text.length() > max) {
      throw new InvalidInputException(
          field,
          field + " holds " + text.length() + " characters; at most " + max + " are allowed");
    }
    return text;
  }

  /** Short non-empty phrases such as values and ambitions. */
  static List<String> phrases(String field, List<String> values) {
    if (values == null) {
      return List.of();
    }
    if (values.size() > MAX_PHRASES) {
      throw new InvalidInputException(
          field, field + " holds " + values.size() + " texts; at most " + MAX_PHRASES);
    }
    for (int i = 0; i < values.size(); i++) {
      required(field + "[" + i + "]", values.get(i), SHORT_TEXT);
    }
    return values.stream().map(String::strip).toList();
  }

  /** A list of 1 to {@code max} distinct ids. */
  static List<String> ids(String field, List<String> ids, int max) {
    if (ids == null || ids.isEmpty()) {
      throw new InvalidInputException(field, field + " must name at least one id");
    }
    if (ids.size() > max) {
      throw new InvalidInputException(
          field, field + " names " + ids.size() + " ids; at most " + max);
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!seen.add(ids.get(i))) {
        throw new InvalidInputException(
            field + "[" + i + "]", "'" + Abbreviate.of(ids.get(i)) + "' is named twice");
      }
    }
    return List.copyOf(ids);
  }

  static LocalDate notFuture(String field, LocalDate date) {
    if (date != null && date.isAfter(LocalDate.now())) {
      throw new InvalidInputException(field, field + " must not lie in the future");
    }
    return date;
  }

  static void unknownIn(String field, List<String> asked, Set<String> found, String what) {
    for (int i = 0; i < asked.size(); i++) {
      if (!found.contains(asked.get(i))) {
        throw new InvalidInputException(
            field + "[" + i + "]", "'" + Abbreviate.of(asked.get(i)) + "' is not " + what);
      }
    }
  }
}
