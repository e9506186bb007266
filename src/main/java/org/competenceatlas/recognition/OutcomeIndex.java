package org.competenceatlas.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.competenceatlas.meaning.StoredVectors;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.competenceatlas.taxonomy.OutcomeType;

/**
 * The stored outcome embeddings as one matrix in memory, for comparing a few phrases with every
 * outcome at once. Immutable; a new one is built when the meaning layer changes.
 */
final class OutcomeIndex {

  /**
   * Outcomes per tile. The matrix is stored tile by tile, and within a tile dimension by dimension
   * ({@code matrix[tile * TILE * d + i * TILE + j]} is number i of outcome tile * TILE + j): adding
   * one number of a phrase times a run of TILE outcomes is a loop the JIT compiles to vector
   * instructions, and a tile (TILE × d floats) stays in the processor's cache for every phrase.
   */
  private static final int TILE = 256;

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
    int tiles = (stored.size() + TILE - 1) / TILE;
    this.matrix = new float[tiles * TILE * dimension];
    for (int row = 0; row < stored.size(); row++) {
      var vector = stored.vectors()[row];
      int base = (row / TILE) * TILE * dimension + row % TILE;
      for (int i = 0; i < dimension; i++) {
        matrix[base + i * TILE] = vector[i];
      }
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
   * those whose cosine with the phrase reaches the floor. The outcome rows are read once for all
   * phrases (and the story, their mean), four at a time, split over the processors.
   */
  List<List<SuggestionRanking.Hit>> nearest(
      float[][] phrases, RecognitionParameters.Weights weights) {
    int m = phrases.length;
    int n = size();
    var queries = java.util.Arrays.copyOf(phrases, m + 1);
    queries[m] = mean(phrases);
    var scores = new float[m + 1][n];
    int tiles = (n + TILE - 1) / TILE;
    IntStream.range(0, tiles).parallel().forEach(tile -> score(queries, scores, tile, n));
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

  private void score(float[][] queries, float[][] scores, int tile, int n) {
    int d = dimension;
    int base = tile * TILE * d;
    int from = tile * TILE;
    int width = Math.min(TILE, n - from);
    var sums = new float[TILE];
    for (int q = 0; q < queries.length; q++) {
      var query = queries[q];
      Arrays.fill(sums, 0);
      for (int i = 0; i < d; i++) {
        float v = query[i];
        int offset = base + i * TILE;
        for (int j = 0; j < TILE; j++) {
          sums[j] += v * matrix[offset + j];
        }
      }
      System.arraycopy(sums, 0, scores[q], from, width);
    }
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
