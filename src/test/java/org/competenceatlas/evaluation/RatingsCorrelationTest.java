package org.competenceatlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RatingsCorrelationTest {

  @Test
  void tiedValuesShareTheirMeanRank() {
    assertThat(RatingsCorrelation.ranks(new double[] {3, 1, 3, 2}))
        .containsExactly(3.5, 1.0, 3.5, 2.0);
  }

  @Test
  void anyIncreasingRelationIsAPerfectRankCorrelation() {
    var x = new double[] {1, 2, 3, 4, 5};
    var y = new double[] {0.01, 0.1, 0.2, 5, 100};

    assertThat(RatingsCorrelation.spearman(x, y)).isCloseTo(1.0, within(1e-12));
    assertThat(RatingsCorrelation.spearman(x, new double[] {5, 4, 3, 2, 1}))
        .isCloseTo(-1.0, within(1e-12));
  }

  @Test
  void matchesTheTextbookValueForAMixedOrder() {
    // d = (0, -1, 1, -1, 1): rho = 1 - 6 * 4 / (5 * 24) = 0.8
    var x = new double[] {1, 2, 3, 4, 5};
    var y = new double[] {1, 3, 2, 5, 4};

    assertThat(RatingsCorrelation.spearman(x, y)).isCloseTo(0.8, within(1e-12));
  }
}
