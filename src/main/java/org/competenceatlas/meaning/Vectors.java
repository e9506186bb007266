package org.competenceatlas.meaning;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Small vector arithmetic for embeddings, and their compact form in the graph. */
public final class Vectors {

  private Vectors() {}

  /** The vector scaled to length 1 (a zero vector stays zero). */
  public static float[] unit(float[] vector) {
    double norm = 0;
    for (float v : vector) {
      norm += (double) v * v;
    }
    var unit = vector.clone();
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < unit.length; i++) {
        unit[i] *= scale;
      }
    }
    return unit;
  }

  /**
   * The dot product; for unit vectors the cosine. Eight running sums let the processor overlap the
   * additions: this loop is the whole cost of linking a taxonomy.
   */
  public static float dot(float[] a, float[] b) {
    float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    int n = a.length;
    int i = 0;
    for (; i + 7 < n; i += 8) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
      s2 += a[i + 2] * b[i + 2];
      s3 += a[i + 3] * b[i + 3];
      s4 += a[i + 4] * b[i + 4];
      s5 += a[i + 5] * b[i + 5];
      s6 += a[i + 6] * b[i + 6];
      s7 += a[i + 7] * b[i + 7];
    }
    for (; i < n; i++) {
      s0 += a[i] * b[i];
    }
    return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
  }

  /** Four bytes per number, little-endian: how embeddings are stored as a property. */
  public static byte[] toBytes(float[] vector) {
    var buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asFloatBuffer().put(vector);
    return buffer.array();
  }

  public static float[] fromBytes(byte[] bytes) {
    var vector = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
    return vector;
  }
}
