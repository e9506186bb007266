package org.competenceatlas.meaning;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Dot products in the processor's widest vector registers, four queries per pass over a row. Only
 * loaded when the JVM has the vector module. A dimension that does not fill whole registers (the
 * models' 384 do) is left to the plain loops.
 */
final class VectorDotProducts implements DotProducts.Kernel {

  private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

  private final DotProducts.Kernel plain = DotProducts.plain();

  private VectorDotProducts() {}

  /**
   * The kernel, or null where it would be slower than plain loops: the module computes each lane on
   * its own when the processor lacks registers of 128 bits or a fused multiply-add, and so does
   * code the optimising compiler (C2) never compiles, as with {@code -XX:TieredStopAtLevel=1},
   * which {@code spring-boot:run} adds unless told otherwise.
   */
  static DotProducts.Kernel ifFast() {
    var hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    boolean fast =
        SPECIES.vectorBitSize() >= 128
            && "true".equals(hotSpot.getVMOption("UseFMA").getValue())
            && "true".equals(hotSpot.getVMOption("UseCompiler").getValue())
            && Integer.parseInt(hotSpot.getVMOption("TieredStopAtLevel").getValue()) >= 4;
    return fast ? new VectorDotProducts() : null;
  }

  @Override
  public void scores(
      float[] matrix, int dimension, float[][] queries, float[][] scores, int from, int to) {
    int m = queries.length;
    int d = dimension;
    int step = SPECIES.length();
    if (d % step != 0) {
      plain.scores(matrix, dimension, queries, scores, from, to);
      return;
    }
    int q = 0;
    for (; q + 3 < m; q += 4) {
      float[] q0 = queries[q], q1 = queries[q + 1], q2 = queries[q + 2], q3 = queries[q + 3];
      for (int row = from; row < to; row++) {
        int base = row * d;
        var a0 = FloatVector.zero(SPECIES);
        var a1 = a0;
        var a2 = a0;
        var a3 = a0;
        for (int i = 0; i < d; i += step) {
          var v = FloatVector.fromArray(SPECIES, matrix, base + i);
          a0 = v.fma(FloatVector.fromArray(SPECIES, q0, i), a0);
          a1 = v.fma(FloatVector.fromArray(SPECIES, q1, i), a1);
          a2 = v.fma(FloatVector.fromArray(SPECIES, q2, i), a2);
          a3 = v.fma(FloatVector.fromArray(SPECIES, q3, i), a3);
        }
        scores[q][row] = a0.reduceLanes(VectorOperators.ADD);
        scores[q + 1][row] = a1.reduceLanes(VectorOperators.ADD);
        scores[q + 2][row] = a2.reduceLanes(VectorOperators.ADD);
        scores[q + 3][row] = a3.reduceLanes(VectorOperators.ADD);
      }
    }
    for (; q < m; q++) {
      float[] query = queries[q];
      for (int row = from; row < to; row++) {
        int base = row * d;
        var a = FloatVector.zero(SPECIES);
        for (int i = 0; i < d; i += step) {
          a =
              FloatVector.fromArray(SPECIES, matrix, base + i)
                  .fma(FloatVector.fromArray(SPECIES, query, i), a);
        }
        scores[q][row] = a.reduceLanes(VectorOperators.ADD);
      }
    }
  }

  @Override
  public String description() {
    return "the processor's vector instructions (" + SPECIES.vectorBitSize() + "-bit registers)";
  }
}
