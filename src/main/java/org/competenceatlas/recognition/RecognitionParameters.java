package org.competenceatlas.recognition;

import java.util.List;

/** Every number of recognition in one place; {@code docs/recognition.md} explains them. */
final class RecognitionParameters {

  private RecognitionParameters() {}

  /** The longest text taken, in characters: a page of a person's story. */
  static final int MAX_TEXT_LENGTH = 4_000;

  /** The most phrases of one text compared with the outcomes; the rest of a longer text is left. */
  static final int MAX_PHRASES = 48;

  /** The most suggestions one answer holds. */
  static final int MAX_FIRST = 50;

  /** Suggestions in an answer when {@code first} is left out. */
  static final int DEFAULT_FIRST = 10;

  /** How many outcomes closest to each phrase are considered. */
  static final int PER_PHRASE = 20;

  /** Outcomes a phrase in the full-text fallback takes from the label index. */
  static final int FULL_TEXT_PER_PHRASE = 10;

  /**
   * How an outcome's score for a phrase is made from what is known about both:
   *
   * <pre>cos(phrase, outcome) + context × cos(story, outcome) + breadth × prior(outcome)
   *   − knowledge × [outcome is knowledge]</pre>
   *
   * where the story is the mean of its phrases and prior is ln(1 + occupations requiring the
   * outcome) / ln(1 + 3,039), so an outcome many jobs share is likelier in a lay story than one of
   * a single trade.
   *
   * @param minCosine the lowest cosine of phrase and outcome that counts at all: below it the words
   *     share a topic at best
   * @param context weight of the whole story: "wash" in a story of caring for a father is not
   *     laundry
   * @param breadth weight of the prior
   * @param knowledge what a knowledge outcome loses: stories tell what people did
   * @param rankPenalty what each place further down one phrase's own list costs: a story's second
   *     doing comes before the tenth rephrasing of its first
   */
  record Weights(
      String name,
      float minCosine,
      float context,
      float breadth,
      float knowledge,
      float rankPenalty) {}

  /** The weights in use; {@code docs/recognition.md} compares them with the alternatives below. */
  static final Weights WEIGHTS =
      new Weights("context, breadth, knowledge", 0.40f, 0.5f, 0.05f, 0.05f, 0.03f);

  /** The alternatives {@code evaluate-recognition --variants} measures next to {@link #WEIGHTS}. */
  static final List<Weights> VARIANTS =
      List.of(
          new Weights("phrase only", 0.40f, 0, 0, 0, 0),
          new Weights("phrase, rank penalty", 0.40f, 0, 0, 0, 0.03f),
          new Weights("context", 0.40f, 0.5f, 0, 0, 0.03f),
          new Weights("context, breadth", 0.40f, 0.5f, 0.05f, 0, 0.03f),
          WEIGHTS);
}
