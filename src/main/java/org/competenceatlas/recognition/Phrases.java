package org.competenceatlas.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a story into the phrases outcomes are matched against: its sentences, and a sentence that
 * lists several doings ("I sorted her pills, went with her to the doctor and kept a calendar") into
 * each doing on its own. One story so yields several outcomes, each resting on the words that show
 * it, instead of one blurred average of the whole text.
 */
final class Phrases {

  /** A phrase and where it stands in the text. */
  record Phrase(String text, int start, int end) {}

  /**
   * Fragments shorter than this many words are joined to their neighbour: "brakes" alone says
   * little.
   */
  static final int MIN_WORDS = 3;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]+(?=\\s|$)|\\R+");
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(",|:|\\s(?:and|but|or|while|then)\\s", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Phrases() {}

  /** The sentences of the text, each sentence that lists several doings as its clauses. */
  static List<Phrase> split(String text) {
    var phrases = new ArrayList<Phrase>();
    for (var sentence : pieces(text, 0, text.length(), SENTENCE_END, 1)) {
      var clauses = pieces(text, sentence.start(), sentence.end(), CLAUSE_BREAK, MIN_WORDS);
      if (clauses.size() > 1) {
        phrases.addAll(clauses);
      } else if (words(sentence.text()) > 0) {
        phrases.add(sentence);
      }
    }
    return phrases;
  }

  /**
   * The parts of {@code text[from, to)} between matches of {@code breaks}, trimmed; a part of fewer
   * than {@code minWords} words is joined to the part before it (or after it, when first).
   */
  private static List<Phrase> pieces(String text, int from, int to, Pattern breaks, int minWords) {
    var parts = new ArrayList<int[]>();
    var matcher = breaks.matcher(text).region(from, to);
    int start = from;
    while (matcher.find()) {
      parts.add(new int[] {start, matcher.start()});
      start = matcher.end();
    }
    parts.add(new int[] {start, to});
    var joined = new ArrayList<int[]>();
    int[] pending = null;
    for (var part : parts) {
      var trimmed = trim(text, part[0], part[1]);
      if (trimmed == null) {
        continue;
      }
      if (pending != null) {
        trimmed = new int[] {pending[0], trimmed[1]};
        pending = null;
      }
      if (words(text.substring(trimmed[0], trimmed[1])) < minWords) {
        if (joined.isEmpty()) {
          pending = trimmed;
        } else {
          joined.get(joined.size() - 1)[1] = trimmed[1];
        }
        continue;
      }
      joined.add(trimmed);
    }
    if (pending != null) {
      joined.add(pending);
    }
    return joined.stream().map(p -> new Phrase(text.substring(p[0], p[1]), p[0], p[1])).toList();
  }

  private static int[] trim(String text, int start, int end) {
    while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    return start < end ? new int[] {start, end} : null;
  }

  static int words(String text) {
    int count = 0;
    var matcher = WORD.matcher(text);
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
