package org.competenceatlas.recognition;

import java.util.List;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.competenceatlas.taxonomy.ReuseLevel;

/**
 * The outcomes recognised in a text, strongest first, and how they were found.
 *
 * @param method SENTENCE_MODEL (meaning compared by the in-process model) or FULL_TEXT (words of
 *     the text looked up in the labels of the asked language)
 * @param model the sentence model, when one was used
 * @param notice why the answer used the full-text fallback, in words a person can act on
 * @param phrases the phrases the text was split into, in order
 */
public record OutcomeSuggestions(
    String method,
    String model,
    String language,
    String notice,
    List<String> phrases,
    List<OutcomeSuggestion> suggestions) {

  /**
   * One outcome recognised in the text.
   *
   * @param strength how closely the phrase matches the outcome, 0 to 1
   * @param phrase the words of the text it rests on
   * @param alreadyClaimed whether the named learner claims it already; null when no learner is
   *     named
   */
  public record OutcomeSuggestion(
      LearningOutcome outcome,
      double strength,
      String phrase,
      int phraseStart,
      int phraseEnd,
      String label,
      String description,
      ReuseLevel reuseLevel,
      Boolean alreadyClaimed) {}
}
