package org.competenceatlas.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import org.competenceatlas.common.InvalidInputException;
import org.competenceatlas.common.Labels;

/**
 * Builds the Lucene query of a label search from what a person typed. Only letters and digits reach
 * Lucene, so no input can inject query syntax. Every word must match, whole (weighted more) or as a
 * prefix; labels in the asked language weigh more than the English fallback, preferred labels more
 * than alternative ones.
 */
final class LabelSearch {

  static final int MAX_TEXT_LENGTH = 200;
  private static final int MAX_WORDS = 12;

  private LabelSearch() {}

  static String luceneQuery(String text, String language) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("text", "text must not be empty: type a word to search for");
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new InvalidInputException(
          "text", "text must be at most " + MAX_TEXT_LENGTH + " characters; got " + text.length());
    }
    var words = new LinkedHashSet<String>();
    for (var word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && words.size() < MAX_WORDS) {
        words.add(word);
      }
    }
    if (words.isEmpty()) {
      throw new InvalidInputException("text", "text must contain at least one letter or digit");
    }
    var terms = new ArrayList<String>();
    for (var word : words) {
      terms.add("+(" + word + "^2 OR " + word + "*)");
    }
    var group = "(" + String.join(" ", terms) + ")";
    var clauses = new ArrayList<String>();
    clauses.add("prefLabel_" + language + ":" + group + "^4");
    clauses.add("altLabels_" + language + ":" + group + "^2");
    if (!language.equals(Labels.FALLBACK_LANGUAGE)) {
      clauses.add("prefLabel_" + Labels.FALLBACK_LANGUAGE + ":" + group + "^1.5");
      clauses.add("altLabels_" + Labels.FALLBACK_LANGUAGE + ":" + group);
    }
    return String.join(" OR ", clauses);
  }
}
