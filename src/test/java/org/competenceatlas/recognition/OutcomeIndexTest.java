package org.competenceatlas.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.competenceatlas.meaning.StoredVectors;
import org.competenceatlas.meaning.Vectors;
import org.junit.jupiter.api.Test;

class OutcomeIndexTest {

  private static final RecognitionParameters.Weights COSINE_ONLY =
      new RecognitionParameters.Weights("cosine", -1f, 0, 0, 0, 0);

  @Test
  void findsTheSameNearestOutcomesAsAPlainDotProductAcrossTileBorders() {
    var random = new Random(7);
    int n = 1_000;
    int d = 24;
    var ids = new ArrayList<String>();
    var vectors = new float[n][];
    for (int i = 0; i < n; i++) {
      ids.add("o" + i);
      vectors[i] = Vectors.unit(randomVector(random, d));
    }
    var index = new OutcomeIndex(new StoredVectors("m", "f", List.copyOf(ids), vectors), Map.of());
    var phrases = new float[5][];
    for (int p = 0; p < phrases.length; p++) {
      phrases[p] = Vectors.unit(randomVector(random, d));
    }

    var hits = index.nearest(phrases, COSINE_ONLY);

    for (int p = 0; p < phrases.length; p++) {
      int best = 0;
      for (int i = 1; i < n; i++) {
        if (Vectors.dot(phrases[p], vectors[i]) > Vectors.dot(phrases[p], vectors[best])) {
          best = i;
        }
      }
      assertThat(hits.get(p)).hasSize(RecognitionParameters.PER_PHRASE);
      assertThat(hits.get(p).get(0).outcomeId()).isEqualTo("o" + best);
      assertThat(hits.get(p).get(0).strength())
          .isCloseTo(Vectors.dot(phrases[p], vectors[best]), within(1e-5f));
      assertThat(hits.get(p).get(0).score())
          .isGreaterThanOrEqualTo(hits.get(p).get(hits.get(p).size() - 1).score());
    }
  }

  @Test
  void outcomesBelowTheFloorAreNotSuggested() {
    var vectors = new float[][] {{1, 0}, {0, 1}};
    var index = new OutcomeIndex(new StoredVectors("m", "f", List.of("a", "b"), vectors), Map.of());
    var floor = new RecognitionParameters.Weights("floor", 0.5f, 0, 0, 0, 0);

    var hits = index.nearest(new float[][] {{1, 0}}, floor);

    assertThat(hits.get(0)).extracting(SuggestionRanking.Hit::outcomeId).containsExactly("a");
  }

  private static float[] randomVector(Random random, int d) {
    var v = new float[d];
    for (int i = 0; i < d; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return v;
  }
}
