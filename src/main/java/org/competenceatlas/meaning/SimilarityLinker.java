package org.competenceatlas.meaning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Finds the pairs of outcomes whose meaning overlaps: every pair is compared by the cosine of its
 * embeddings, and the pairs close enough to matter are scored by the calibrated linking model
 * ({@link MeaningParameters#score}), which adds what the hierarchy and the outcome types say. The
 * pairs scoring at least {@link MeaningParameters#MIN_SCORE} become links, at most {@link
 * MeaningParameters#MAX_LINKS_PER_OUTCOME} per outcome.
 */
final class SimilarityLinker {

  /**
   * A link between outcomes {@code a < b} (their numbers in the scope), with the model's score, the
   * cosine, and the direct broader group they share (a concept number) or -1.
   */
  record Link(int a, int b, double score, double cosine, int sharedGroup) {}

  private static final int BLOCK = 64;

  private SimilarityLinker() {}

  /**
   * @param vectors unit-length embeddings by outcome number; null for an outcome without one
   * @param knowledge whether each outcome is knowledge (else a skill or competence)
   * @param progress told how many outcomes are done, now and then
   */
  static List<Link> links(
      float[][] vectors,
      boolean[] knowledge,
      OutcomeStructure structure,
      int threads,
      IntConsumer progress) {
    int n = vectors.length;
    double floor = MeaningParameters.cosineFloor();
    var next = new AtomicInteger();
    var done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      var parts = new ArrayList<Future<List<Link>>>();
      for (int t = 0; t < Math.max(1, threads); t++) {
        parts.add(
            pool.submit(
                () -> {
                  var found = new ArrayList<Link>();
                  for (int start = next.getAndAdd(BLOCK);
                      start < n;
                      start = next.getAndAdd(BLOCK)) {
                    int end = Math.min(n, start + BLOCK);
                    for (int a = start; a < end; a++) {
                      compare(a, vectors, knowledge, structure, floor, found);
                    }
                    progress.accept(done.addAndGet(end - start));
                  }
                  return found;
                }));
      }
      var all = new ArrayList<Link>();
      for (var part : parts) {
        all.addAll(part.get());
      }
      return strongestPerOutcome(all, n);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while linking outcomes", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("Linking outcomes failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void compare(
      int a,
      float[][] vectors,
      boolean[] knowledge,
      OutcomeStructure structure,
      double floor,
      List<Link> found) {
    var va = vectors[a];
    if (va == null) {
      return;
    }
    for (int b = a + 1; b < vectors.length; b++) {
      var vb = vectors[b];
      if (vb == null) {
        continue;
      }
      double cosine = Vectors.dot(va, vb);
      if (cosine < floor) {
        continue;
      }
      int group = OutcomeStructure.shared(structure.groups[a], structure.groups[b]);
      double score =
          MeaningParameters.score(
              cosine,
              OutcomeStructure.shared(structure.areas[a], structure.areas[b]) >= 0,
              OutcomeStructure.shared(structure.subareas[a], structure.subareas[b]) >= 0,
              group >= 0,
              knowledge[a] && knowledge[b],
              knowledge[a] != knowledge[b]);
      if (score >= MeaningParameters.MIN_SCORE) {
        found.add(new Link(a, b, score, cosine, group));
      }
    }
  }

  /** Keeps a link when it is among the strongest of at least one of its two outcomes. */
  private static List<Link> strongestPerOutcome(List<Link> links, int n) {
    var byScore =
        Comparator.comparingDouble(Link::score)
            .reversed()
            .thenComparingInt(Link::a)
            .thenComparingInt(Link::b);
    var sorted = new ArrayList<>(links);
    sorted.sort(byScore);
    var counts = new int[n];
    var kept = new ArrayList<Link>();
    for (var link : sorted) {
      boolean room =
          counts[link.a()] < MeaningParameters.MAX_LINKS_PER_OUTCOME
              || counts[link.b()] < MeaningParameters.MAX_LINKS_PER_OUTCOME;
      if (room) {
        counts[link.a()]++;
        counts[link.b()]++;
        kept.add(link);
      }
    }
    return kept;
  }
}
