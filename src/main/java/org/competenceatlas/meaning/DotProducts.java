package org.competenceatlas.meaning;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dot products of a few query vectors with a range of rows of a matrix: the work of comparing a
 * text's phrases with every outcome. With the JDK's vector module in the JVM ({@code --add-modules
 * jdk.incubator.vector}, which {@code java -jar} gives the JVM that serves) the products use the
 * processor's vector instructions; without it, plain loops compute the same sums, rounded in
 * another order.
 */
public final class DotProducts {

  static final String VECTOR_MODULE = "jdk.incubator.vector";

  private static final Logger log = LoggerFactory.getLogger(DotProducts.class);

  /**
   * One way to compute the products; both fill {@code scores[q][row]} for {@code from <= row < to}.
   */
  interface Kernel {

    void scores(
        float[] matrix, int dimension, float[][] queries, float[][] scores, int from, int to);

    String description();
  }

  private static final Kernel KERNEL = chosen();

  private DotProducts() {}

  /**
   * For every query {@code q} and every row from {@code from} (inclusive) to {@code to} (exclusive)
   * of {@code matrix} (rows of {@code dimension} numbers, one after the other): {@code
   * scores[q][row]} = the dot product of the two.
   */
  public static void scores(
      float[] matrix, int dimension, float[][] queries, float[][] scores, int from, int to) {
    KERNEL.scores(matrix, dimension, queries, scores, from, to);
  }

  /** How this JVM computes the products, in words for the log. */
  public static String description() {
    return KERNEL.description();
  }

  static Kernel plain() {
    return new PlainDotProducts("as asked");
  }

  /** The vector kernel where the module is in the JVM and runs fast, plain loops otherwise. */
  private static Kernel chosen() {
    if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
      return new PlainDotProducts(
          "start the JVM with --add-modules="
              + VECTOR_MODULE
              + " for the processor's vector instructions");
    }
    try {
      var vector = VectorDotProducts.ifFast();
      if (vector != null) {
        return vector;
      }
      return new PlainDotProducts(
          "the vector module would be slower in this JVM: it needs the optimising compiler, which"
              + " -XX:TieredStopAtLevel=1 turns off, and a processor with fused multiply-add");
    } catch (LinkageError e) {
      log.warn(
          "The vector module could not be used ({}); plain loops compare vectors", e.toString());
      return new PlainDotProducts("the vector module could not be used: " + e);
    }
  }
}
