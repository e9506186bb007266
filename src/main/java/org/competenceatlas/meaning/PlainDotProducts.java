package org.competenceatlas.meaning;

/**
 * Dot products in plain loops, four queries per pass over a row so that each row is read once for
 * four of them.
 */
final class PlainDotProducts implements DotProducts.Kernel {

  private final String why;

  /** {@code why} says why this JVM does not use vector instructions. */
  PlainDotProducts(String why) {
    this.why = why;
  }

  @Override
  public void scores(
      float[] matrix, int dimension, float[][] queries, float[][] scores, int from, int to) {
    int m = queries.length;
    int d = dimension;
    int q = 0;
    for (; q + 3 < m; q += 4) {
      float[] q0 = queries[q], q1 = queries[q + 1], q2 = queries[q + 2], q3 = queries[q + 3];
      for (int row = from; row < to; row++) {
        int base = row * d;
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (int i = 0; i < d; i++) {
          float v = matrix[base + i];
          s0 += v * q0[i];
          s1 += v * q1[i];
          s2 += v * q2[i];
          s3 += v * q3[i];
        }
        scores[q][row] = s0;
        scores[q + 1][row] = s1;
        scores[q + 2][row] = s2;
        scores[q + 3][row] = s3;
      }
    }
    for (; q < m; q++) {
      float[] query = queries[q];
      for (int row = from; row < to; row++) {
        int base = row * d;
        float sum = 0;
        for (int i = 0; i < d; i++) {
          sum += matrix[base + i] * query[i];
        }
        scores[q][row] = sum;
      }
    }
  }

  @Override
  public String description() {
    return "plain loops (" + why + ")";
  }
}
