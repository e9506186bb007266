package org.competenceatlas.recognition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the label-index query of one phrase for the full-text fallback. Only letters and digits
 * reach Lucene, so no text can inject query syntax. Any word may match (a story never says a label
 * word for word); a whole word weighs more than its stem as a prefix, which catches inflections
 * such as "medicijnen" for "medicijn"; the smallest words of a sentence say nothing about a skill
 * and are left out.
 */
final class FullTextPhrases {

  private static final int MIN_LENGTH = 3;
  private static final int MAX_WORDS = 24;

  /** Words of English and Dutch that occur in any story and in no skill. */
  private static final Set<String> FILLERS =
      Set.of(
          "and", "the", "for", "with", "was", "were", "her", "his", "our", "their", "they", "she",
          "him", "them", "that", "this", "from", "have", "had", "has", "who", "when", "then",
          "also", "all", "every", "some", "years", "year", "two", "three", "een", "het", "van",
          "met", "voor", "mijn", "zijn", "haar", "hun", "die", "dat", "deze", "heb", "hebben",
          "waren", "ook", "als", "toen", "naar", "bij", "nog", "wat", "wie", "jaar", "jaren",
          "twee", "drie", "elke", "iedere", "maar", "dan", "kan", "wij", "zij", "ons", "onze",
          "aan", "uit", "door", "over", "omdat", "werd", "heeft", "niet", "not");

  private FullTextPhrases() {}

  /** The query for a phrase, or null when it has no word worth looking for. */
  static String luceneQuery(String phrase, String language) {
    var words = new LinkedHashSet<String>();
    for (var word : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= MIN_LENGTH && !FILLERS.contains(word) && words.size() < MAX_WORDS) {
        words.add(word);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    var terms = new ArrayList<String>();
    for (var word : words) {
      terms.add(word + "^2");
      var stem = stem(word);
      if (stem != null) {
        terms.add(stem + "*");
      }
    }
    var group = "(" + String.join(" ", terms) + ")";
    return "prefLabel_" + language + ":" + group + "^2 OR altLabels_" + language + ":" + group;
  }

  /** The word less a common ending, when enough of it stays to mean something. */
  private static String stem(String word) {
    for (var ending : new String[] {"ingen", "ing", "en", "es", "ed", "e", "s", "t"}) {
      if (word.endsWith(ending) && word.length() - ending.length() >= 4) {
        return word.substring(0, word.length() - ending.length());
      }
    }
    return word.length() >= 5 ? word : null;
  }
}
