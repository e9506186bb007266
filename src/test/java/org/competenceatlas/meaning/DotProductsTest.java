package org.competenceatlas.meaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DotProductsTest {

  @Test
  void theBuildsJvmsCompareWithTheProcessorsVectorInstructionsWhereTheyAreFast() {
    assumeThat(VectorDotProducts.ifFast()).isNotNull();

    assertThat(DotProducts.description()).startsWith("the processor's vector instructions");
  }

  @ParameterizedTest
  @CsvSource({"384, 27", "384, 1", "37, 6", "3, 9", "16, 4", "64, 5"})
  void bothKernelsGiveEveryQueryItsDotProductWithEachRowOfTheRangeOnly(int d, int m) {
    var random = new Random(d * 31L + m);
    int n = 50;
    var matrix = new float[n * d];
    for (int i = 0; i < matrix.length; i++) {
      matrix[i] = (float) random.nextGaussian();
    }
    var queries = new float[m][d];
    for (var query : queries) {
      for (int i = 0; i < d; i++) {
        query[i] = (float) random.nextGaussian();
      }
    }
    var chosen = new float[m][n];
    var plain = new float[m][n];

    DotProducts.scores(matrix, d, queries, chosen, 5, 45);
    DotProducts.plain().scores(matrix, d, queries, plain, 5, 45);

    for (int q = 0; q < m; q++) {
      for (int row = 0; row < n; row++) {
        if (row < 5 || row >= 45) {
          assertThat(chosen[q][row]).isZero();
          assertThat(plain[q][row]).isZero();
          continue;
        }
        double exact = 0;
        for (int i = 0; i < d; i++) {
          exact += (double) matrix[row * d + i] * queries[q][i];
        }
        double tolerance = 1e-5 * d;
        assertThat((double) chosen[q][row]).isCloseTo(exact, within(tolerance));
        assertThat((double) plain[q][row]).isCloseTo(exact, within(tolerance));
      }
    }
  }
}
