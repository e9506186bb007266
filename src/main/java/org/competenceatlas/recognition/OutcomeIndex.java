package org.competenceatlas.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.competenceatlas.meaning.DotProducts;
import org.competenceatlas.meaning.StoredVectors;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.competenceatlas.taxonomy.OutcomeType;

/**
 * The stored outcome embeddings as one matrix in memory, for comparing a few phrases with every
 * outcome at once. Immutable; a new one is built when the meaning layer changes.
 */
final class OutcomeIndex {

  /** Outcome rows per parallel slice: large enough that splitting pays for itself. */
  private static final int SLICE = 1024;

  final String model;
  final String fingerprint;
  final List<String> ids;
  private final int dimension;
  private final float[] matrix;
  private final float[] prior;
  private final boolean[] knowledge;

  /** ESCO 1.2.0's occupations: the breadth prior is 1 for an outcome all of them require. */
  private static final double OCCUPATIONS = 3_039;

  OutcomeIndex(StoredVectors stored, Map<String, LearningOutcome> outcomes) {
    this.model = stored.model();
    this.fingerprint = stored.fingerprint();
    this.ids = stored.ids();
    this.dimension = stored.size() == 0 ? 0 : stored.vectors()[0].length;
    this.matrix = new float[stored.size() * dimension];
    for (int i = 0; i < stored.size(); i++) {
      System.arraycopy(stored.vectors()[i], 0, matrix, i * dimension, dimension);
    }
    this.prior = new float[stored.size()];
    this.knowledge = new boolean[stored.size()];
    for (int i = 0; i < stored.size(); i++) {
      var outcome = outcomes.get(ids.get(i));
      if (outcome != null) {
        prior[i] =
            (float) Math.min(1, Math.log1p(outcome.occupationCount()) / Math.log1p(OCCUPATIONS));
        knowledge[i] = outcome.outcomeType() == OutcomeType.KNOWLEDGE;
      }
    }
  }

  int size() {
    return ids.size();
  }

  /**
   * For each phrase vector, its closest outcomes by the score of {@code weights}, best first, among
   * those whose cosine with the phrase reaches the floor. The queries are the phrases and the story
   * (their mean); the rows are split over the processors.
   */
  List<List<SuggestionRanking.Hit>> nearest(
      float[][] phrases, RecognitionParameters.Weights weights) {
    int m = phrases.length;
    int n = size();
    var queries = java.util.Arrays.copyOf(phrases, m + 1);
    queries[m] = mean(phrases);
    var scores = new float[m + 1][n];
    int slices = (n + SLICE - 1) / SLICE;
    IntStream.range(0, slices)
        .parallel()
        .forEach(
            slice ->
                DotProducts.scores(
                    matrix,
                    dimension,
                    queries,
                    scores,
                    slice * SLICE,
                    Math.min(n, (slice + 1) * SLICE)));
    var story = scores[m];
    var result = new ArrayList<List<SuggestionRanking.Hit>>(m);
    for (int p = 0; p < m; p++) {
      result.add(top(scores[p], story, weights));
    }
    return result;
  }

  private float[] mean(float[][] phrases) {
    var sum = new float[dimension];
    for (var phrase : phrases) {
      for (int i = 0; i < dimension; i++) {
        sum[i] += phrase[i];
      }
    }
    return org.competenceatlas.meaning.Vectors.unit(sum);
  }

  private List<SuggestionRanking.Hit> top(
      float[] cosines, float[] story, RecognitionParameters.Weights weights) {
    int k = RecognitionParameters.PER_PHRASE;
    var best = new int[k];
    var bestScores = new float[k];
    Arrays.fill(bestScores, Float.NEGATIVE_INFINITY);
    int count = 0;
    for (int i = 0; i < cosines.length; i++) {
      if (cosines[i] < weights.minCosine()) {
        continue;
      }
      float s =
          cosines[i]
              + weights.context() * story[i]
              + weights.breadth() * prior[i]
              - (knowledge[i] ? weights.knowledge() : 0);
      if (count == k && s <= bestScores[k - 1]) {
        continue;
      }
      int at = count < k ? count++ : k - 1;
      while (at > 0 && bestScores[at - 1] < s) {
        bestScores[at] = bestScores[at - 1];
        best[at] = best[at - 1];
        at--;
      }
      bestScores[at] = s;
      best[at] = i;
    }
    var hits = new ArrayList<SuggestionRanking.Hit>(count);
    for (int i = 0; i < count; i++) {
      hits.add(new SuggestionRanking.Hit(ids.get(best[i]), bestScores[i], cosines[best[i]]));
    }
    return hits;
  }
}
