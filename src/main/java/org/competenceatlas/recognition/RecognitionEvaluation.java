package org.competenceatlas.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Precision and recall of recognition on a narrative set. A suggestion in the first five counts as
 * right when an assessor judged the narrative to show it (before any run, or when judging the
 * pooled suggestions); a suggestion nobody judged counts as wrong. Recall counts only the outcomes
 * expected before any run, so judging suggestions afterwards cannot raise it.
 */
public final class RecognitionEvaluation {

  static final int PRECISION_AT = 5;
  static final int RECALL_AT = 10;

  /** One narrative's result: its first ten suggestions and how they were judged. */
  public record Result(
      NarrativeSet.Narrative narrative,
      List<String> suggested,
      int rightInFirstFive,
      int shownInFirstFive,
      int unjudgedInFirstFive,
      int expectedFound,
      double millis) {

    public double precision() {
      return shownInFirstFive == 0 ? 0 : (double) rightInFirstFive / PRECISION_AT;
    }

    public double recall() {
      return narrative.expected().isEmpty()
          ? 0
          : (double) expectedFound / narrative.expected().size();
    }
  }

  /** The means over the narratives (each narrative weighs the same). */
  public record Report(
      List<Result> results, double precisionAt5, double recallAt10, int unjudged) {}

  private RecognitionEvaluation() {}

  /**
   * Recognition in English with the weights in use, on the narrative set in {@code folder}: what
   * {@code evaluate-recognition} prints.
   */
  public static Report evaluate(java.nio.file.Path folder, RecognitionService service) {
    return evaluate(
        NarrativeSet.read(folder),
        text ->
            service.suggest(text, "en", null, RECALL_AT).suggestions().stream()
                .map(s -> s.outcome().id())
                .toList());
  }

  /** Runs {@code suggest} (text in, outcome ids out, best first) on every narrative. */
  static Report evaluate(NarrativeSet set, Function<String, List<String>> suggest) {
    var results = new ArrayList<Result>();
    double precision = 0;
    double recall = 0;
    int unjudged = 0;
    for (var narrative : set.narratives()) {
      long started = System.nanoTime();
      var suggested = suggest.apply(narrative.text());
      double millis = (System.nanoTime() - started) / 1e6;
      var firstFive = suggested.subList(0, Math.min(PRECISION_AT, suggested.size()));
      var firstTen = suggested.subList(0, Math.min(RECALL_AT, suggested.size()));
      int right = (int) firstFive.stream().filter(narrative.relevant()::contains).count();
      int notJudged =
          (int)
              firstFive.stream()
                  .filter(id -> !narrative.relevant().contains(id))
                  .filter(id -> !narrative.notRelevant().contains(id))
                  .count();
      int found = (int) narrative.expected().stream().filter(firstTen::contains).count();
      var result =
          new Result(
              narrative, List.copyOf(firstTen), right, firstFive.size(), notJudged, found, millis);
      results.add(result);
      precision += result.precision();
      recall += result.recall();
      unjudged += notJudged;
    }
    int n = Math.max(1, results.size());
    return new Report(List.copyOf(results), precision / n, recall / n, unjudged);
  }
}
