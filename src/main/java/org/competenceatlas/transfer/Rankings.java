package org.competenceatlas.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;
import org.competenceatlas.transfer.Transition.Target;

/**
 * Ranks every occupation or qualification by score from one source's holdings: a tight loop over
 * arrays, where only the head of the ranking becomes {@link Transition}s.
 */
final class Rankings {

  private Rankings() {}

  static Ranking occupations(
      Holdings holdings, String iscoPrefix, double minScore, IntPredicate skip, int limit) {
    var own = holdings.owned();
    var weighted = Scoring.weightedSupport(own);
    var snapshot = holdings.snapshot;
    int count = snapshot.occupations.length;
    var scores = new double[count];
    var candidates = new int[count];
    int total = 0;
    for (int i = 0; i < count; i++) {
      if (snapshot.deprecatedOccupation[i] || skip.test(i)) {
        continue;
      }
      var code = snapshot.occupations[i].iscoCode();
      if (iscoPrefix != null && (code == null || !code.startsWith(iscoPrefix))) {
        continue;
      }
      scores[i] = Scoring.score(own, weighted, snapshot.occupationRequirements[i]);
      if (scores[i] >= minScore) {
        candidates[total++] = i;
      }
    }
    var best = best(candidates, total, limit, scores, snapshot.occupationLabelRank);
    var ranked = new ArrayList<Transition>(best.length);
    for (int i : best) {
      ranked.add(transition(holdings, new Target(false, i)));
    }
    return new Ranking(ranked, total);
  }

  static List<Transition> qualifications(Holdings holdings, double minScore) {
    var own = holdings.owned();
    var weighted = Scoring.weightedSupport(own);
    var snapshot = holdings.snapshot;
    int count = snapshot.qualifications.length;
    var scores = new double[count];
    var candidates = new int[count];
    int total = 0;
    for (int i = 0; i < count; i++) {
      scores[i] = Scoring.score(own, weighted, snapshot.qualificationRequirements[i]);
      if (scores[i] >= minScore) {
        candidates[total++] = i;
      }
    }
    var ranked = new ArrayList<Transition>(total);
    for (int i : best(candidates, total, total, scores, snapshot.qualificationLabelRank)) {
      ranked.add(transition(holdings, new Target(true, i)));
    }
    return ranked;
  }

  /** Every occupation's score by snapshot index, without explanations: exports and yardsticks. */
  static double[] occupationScores(Holdings holdings) {
    var own = holdings.owned();
    var weighted = Scoring.weightedSupport(own);
    var snapshot = holdings.snapshot;
    var scores = new double[snapshot.occupations.length];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = Scoring.score(own, weighted, snapshot.occupationRequirements[i]);
    }
    return scores;
  }

  static Transition transition(Holdings holdings, Target target) {
    var snapshot = holdings.snapshot;
    return new Transition(
        Sources.endpoint(snapshot, target),
        Scoring.parts(holdings, Explanation.requirements(snapshot, target)),
        holdings,
        target);
  }

  /**
   * The first {@code limit} of {@code candidates} by score, highest first, ties by English label
   * (its rank in the snapshot). A bounded heap keeps the worst of the best on top, so a short head
   * costs a pass over the candidates, not a sort of them all.
   */
  private static int[] best(int[] candidates, int total, int limit, double[] scores, int[] rank) {
    Comparator<Integer> bestFirst =
        (a, b) -> {
          int byScore = Double.compare(scores[b], scores[a]);
          return byScore != 0 ? byScore : Integer.compare(rank[a], rank[b]);
        };
    int size = Math.min(limit, total);
    var heap = new PriorityQueue<Integer>(Math.max(size, 1), bestFirst.reversed());
    for (int c = 0; c < total && size > 0; c++) {
      int candidate = candidates[c];
      if (heap.size() < size) {
        heap.add(candidate);
      } else if (bestFirst.compare(candidate, heap.peek()) < 0) {
        heap.poll();
        heap.add(candidate);
      }
    }
    var best = new int[heap.size()];
    for (int k = best.length - 1; k >= 0; k--) {
      best[k] = heap.poll();
    }
    return best;
  }
}
