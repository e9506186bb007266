package org.competenceatlas.recognition;

import static org.competenceatlas.recognition.RecognitionParameters.DEFAULT_FIRST;
import static org.competenceatlas.recognition.RecognitionParameters.MAX_FIRST;
import static org.competenceatlas.recognition.RecognitionParameters.MAX_PHRASES;
import static org.competenceatlas.recognition.RecognitionParameters.MAX_TEXT_LENGTH;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.competenceatlas.common.Abbreviate;
import org.competenceatlas.common.Actor;
import org.competenceatlas.common.InvalidInputException;
import org.competenceatlas.common.NotFoundException;
import org.competenceatlas.learner.Claim;
import org.competenceatlas.learner.ClaimAcceptance;
import org.competenceatlas.learner.LearnerService;
import org.competenceatlas.meaning.DotProducts;
import org.competenceatlas.meaning.MeaningLayerService;
import org.competenceatlas.meaning.SentenceModel;
import org.competenceatlas.meaning.SentenceModelUnavailableException;
import org.competenceatlas.recognition.OutcomeSuggestions.OutcomeSuggestion;
import org.competenceatlas.taxonomy.TaxonomyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Recognises learning outcomes in a person's own words: splits the text into phrases, compares each
 * phrase with every outcome (with the meaning layer's sentence model, or by the words of the labels
 * where no model reads the text's language) and ranks the outcomes so that each thing the story
 * tells is represented. Suggesting writes nothing; accepting is the learner's own mutation.
 */
@Service
public class RecognitionService {

  private static final Logger log = LoggerFactory.getLogger(RecognitionService.class);

  /** The languages ESCO publishes labels in: the label index has their fields. */
  static final Set<String> LANGUAGES =
      Set.of(
          "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "is", "it",
          "lt", "lv", "mt", "nl", "no", "pl", "pt", "ro", "sk", "sl", "sv", "ar", "uk");

  static final String SENTENCE_MODEL = "SENTENCE_MODEL";
  static final String FULL_TEXT = "FULL_TEXT";

  private final MeaningLayerService meaning;
  private final TaxonomyService taxonomy;
  private final LearnerService learners;
  private final ClaimAcceptance acceptance;
  private final RecognitionRepository repository;
  private volatile OutcomeIndex index;

  RecognitionService(
      MeaningLayerService meaning,
      TaxonomyService taxonomy,
      LearnerService learners,
      ClaimAcceptance acceptance,
      RecognitionRepository repository) {
    this.meaning = meaning;
    this.taxonomy = taxonomy;
    this.learners = learners;
    this.acceptance = acceptance;
    this.repository = repository;
  }

  /**
   * The outcomes recognised in {@code text}, strongest first; with a learner, each says whether the
   * learner claims it already.
   */
  public OutcomeSuggestions suggest(String text, String language, String learnerId, Integer first) {
    return suggest(text, language, learnerId, first, RecognitionParameters.WEIGHTS);
  }

  OutcomeSuggestions suggest(
      String text,
      String language,
      String learnerId,
      Integer first,
      RecognitionParameters.Weights weights) {
    var checkedText = text(text);
    var checkedLanguage = language(language);
    int count = first(first);
    Set<String> claimed = null;
    if (learnerId != null) {
      claimed = new HashSet<>();
      for (var claim : learners.claimedOutcomes(learnerId).claims()) {
        claimed.add(claim.outcomeId());
      }
    }
    var phrases = Phrases.split(checkedText);
    if (phrases.size() > MAX_PHRASES) {
      phrases = phrases.subList(0, MAX_PHRASES);
    }
    var phraseTexts = phrases.stream().map(Phrases.Phrase::text).toList();
    String notice = null;
    SentenceModel model = null;
    try {
      model = meaning.model();
    } catch (SentenceModelUnavailableException e) {
      notice = e.getMessage() + "; the words of the text were looked up in the labels instead.";
    }
    if (model != null && !checkedLanguage.equals("en") && !model.multilingual()) {
      notice =
          "No multilingual sentence model is available (the model '"
              + model.name()
              + "' reads English only), so the words of the text were looked up in the"
              + " outcomes' labels in '"
              + checkedLanguage
              + "': rephrasings are missed. Write in English for suggestions by meaning.";
      model = null;
    }
    OutcomeIndex current = null;
    if (model != null) {
      current = index();
      if (current.size() == 0 || !current.model.equals(model.name())) {
        notice =
            "The meaning layer is not computed yet (compute-meaning), so the words of the text"
                + " were looked up in the labels instead.";
        model = null;
      }
    }
    List<SuggestionRanking.Ranked> ranked;
    if (model != null) {
      var vectors = model.embed(phraseTexts);
      var hits = current.nearest(vectors, weights);
      ranked = SuggestionRanking.rank(hits, weights.rankPenalty(), count);
    } else {
      ranked = fullText(phraseTexts, checkedLanguage, count);
    }
    var outcomes =
        taxonomy.outcomesById(ranked.stream().map(SuggestionRanking.Ranked::outcomeId).toList());
    var suggestions = new ArrayList<OutcomeSuggestion>();
    for (var r : ranked) {
      var outcome = outcomes.get(r.outcomeId());
      if (outcome == null) {
        continue;
      }
      var phrase = phrases.get(r.phrase());
      suggestions.add(
          new OutcomeSuggestion(
              outcome,
              Math.round(r.strength() * 1000) / 1000.0,
              phrase.text(),
              phrase.start(),
              phrase.end(),
              outcome.labels().preferred(checkedLanguage),
              outcome.labels().description(checkedLanguage),
              outcome.reuseLevel(),
              claimed == null ? null : claimed.contains(outcome.id())));
    }
    return new OutcomeSuggestions(
        model != null ? SENTENCE_MODEL : FULL_TEXT,
        model != null ? model.name() : null,
        checkedLanguage,
        notice,
        phraseTexts,
        List.copyOf(suggestions));
  }

  /** The suggestions for one of the learner's experiences, from its title and description. */
  public OutcomeSuggestions suggestForExperience(
      String learnerId, String experienceId, String language, Integer first) {
    var experience =
        learners.experiences(learnerId).stream()
            .filter(e -> e.id().equals(experienceId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("experience of this learner", experienceId));
    var text = experience.title().strip();
    if (experience.description() != null && !experience.description().isBlank()) {
      text = text + (text.matches(".*[.!?]$") ? " " : ". ") + experience.description().strip();
    }
    return suggest(text, language, learnerId, first);
  }

  /** Accepts suggested outcomes as SELF_ASSESSED claims learned in one experience. */
  public List<Claim> accept(
      Actor actor, String learnerId, String experienceId, List<ClaimAcceptance.Accepted> accepted) {
    return acceptance.accept(actor, learnerId, experienceId, accepted, "acceptSuggestedClaims");
  }

  private List<SuggestionRanking.Ranked> fullText(
      List<String> phrases, String language, int count) {
    var hits = new ArrayList<List<SuggestionRanking.Hit>>();
    float top = 0;
    for (var phrase : phrases) {
      var query = FullTextPhrases.luceneQuery(phrase, language);
      var found =
          query == null
              ? List.<SuggestionRanking.Hit>of()
              : repository.searchLabels(query, RecognitionParameters.FULL_TEXT_PER_PHRASE);
      for (var hit : found) {
        top = Math.max(top, hit.score());
      }
      hits.add(found);
    }
    // Lucene's scores mean nothing across queries; relative to the best hit they become 0 to 1.
    var scaled = new ArrayList<List<SuggestionRanking.Hit>>();
    for (var found : hits) {
      var list = new ArrayList<SuggestionRanking.Hit>();
      for (var hit : found) {
        float relative = top > 0 ? hit.score() / top : 0;
        list.add(new SuggestionRanking.Hit(hit.outcomeId(), relative, relative));
      }
      scaled.add(list);
    }
    return SuggestionRanking.rank(scaled, RecognitionParameters.WEIGHTS.rankPenalty(), count);
  }

  /** The sentence model of the meaning layer. */
  SentenceModel model() {
    return meaning.model();
  }

  /**
   * The outcome matrix, rebuilt when the meaning layer was computed again: each request compares
   * the layers' fingerprint, read from the graph at most every {@code
   * atlas.meaning.layer-check-interval}, so a layer computed by another instance is used within
   * that interval and one computed by this instance at once.
   */
  OutcomeIndex index() {
    var fingerprint = meaning.recentFingerprint();
    var current = index;
    if (current != null && current.fingerprint.equals(fingerprint)) {
      return current;
    }
    synchronized (this) {
      current = index;
      if (current == null || !current.fingerprint.equals(fingerprint)) {
        var stored = meaning.storedVectors();
        current = new OutcomeIndex(stored, taxonomy.outcomesById(stored.ids()));
        index = current;
        log.info(
            "Recognition compares texts with {} outcome embeddings, using {}",
            current.size(),
            DotProducts.description());
      }
      return current;
    }
  }

  static String text(String text) {
    var stripped = text == null ? "" : text.strip();
    if (stripped.isEmpty()) {
      throw new InvalidInputException(
          "text", "text must not be empty: describe in a few sentences what you did");
    }
    if (stripped.length() > MAX_TEXT_LENGTH) {
      throw new InvalidInputException(
          "text",
          String.format(
              Locale.ROOT,
              "text holds %,d characters; at most %,d are taken: split the story into experiences",
              stripped.length(),
              MAX_TEXT_LENGTH));
    }
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        throw new InvalidInputException(
            "text",
            String.format(
                Locale.ROOT,
                "text holds a control character (U+%04X) at position %d; remove it",
                (int) c,
                i + 1));
      }
    }
    if (Phrases.words(stripped) == 0) {
      throw new InvalidInputException("text", "text must hold words, not only signs");
    }
    return stripped;
  }

  static String language(String language) {
    if (language == null) {
      return "en";
    }
    if (!LANGUAGES.contains(language)) {
      throw new InvalidInputException(
          "language",
          "Unknown language '"
              + Abbreviate.of(language)
              + "': give one of the ESCO languages as a two-letter code in lower case, such as"
              + " 'en' or 'nl'");
    }
    return language;
  }

  static int first(Integer first) {
    if (first == null) {
      return DEFAULT_FIRST;
    }
    if (first < 1 || first > MAX_FIRST) {
      throw new InvalidInputException(
          "first", "first must be between 1 and " + MAX_FIRST + "; got " + first);
    }
    return first;
  }
}
