package org.competenceatlas.research;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.competenceatlas.common.NotFoundException;
import org.competenceatlas.transfer.Endpoint;
import org.competenceatlas.transfer.TransferEngine;
import org.competenceatlas.transfer.TransferSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The transfer scores between all ordered pairs of current occupations, reduced to what the
 * research queries read: each occupation's best outgoing and incoming neighbours and a fine
 * histogram. Scoring all pairs takes seconds on ESCO, so the result is kept until the taxonomy
 * stamp changes; the full score matrix is never held.
 */
@Component
class TransferGraph {

  static final int MAX_NEIGHBOURS = 50;
  static final int FINE_BINS = 10_000;
  private static final Logger log = LoggerFactory.getLogger(TransferGraph.class);

  private final TransferEngine engine;
  private volatile Analysis analysis;

  TransferGraph(TransferEngine engine) {
    this.engine = engine;
  }

  /** What every query here reads; immutable once built. */
  record Analysis(
      String stamp,
      List<Endpoint> occupations,
      Map<String, Integer> index,
      boolean[] active,
      TopK[] outgoing,
      TopK[] incoming,
      long[] histogram,
      long pairs,
      double sum) {

    int indexOf(String occupationId) {
      var i = index.get(occupationId);
      if (i == null) {
        throw new NotFoundException("occupation", occupationId);
      }
      return i;
    }
  }

  Analysis analysis() {
    var stamp = engine.taxonomyStamp();
    var current = analysis;
    if (current != null && current.stamp().equals(stamp)) {
      return current;
    }
    synchronized (this) {
      current = analysis;
      if (current == null || !current.stamp().equals(engine.taxonomyStamp())) {
        current = compute();
        analysis = current;
      }
      return current;
    }
  }

  private Analysis compute() {
    long started = System.nanoTime();
    var stamp = engine.taxonomyStamp();
    var occupations = engine.occupations();
    int n = occupations.size();
    var index = new HashMap<String, Integer>();
    for (int i = 0; i < n; i++) {
      index.put(occupations.get(i).id(), i);
    }
    var outgoing = new TopK[n];
    var incoming = new TopK[n];
    for (int i = 0; i < n; i++) {
      outgoing[i] = new TopK(MAX_NEIGHBOURS);
      incoming[i] = new TopK(MAX_NEIGHBOURS);
    }
    boolean[] active = null;
    var histogram = new long[FINE_BINS];
    long pairs = 0;
    double sum = 0;
    for (int s = 0; s < n; s++) {
      var holdings = engine.holdings(TransferSource.occupation(occupations.get(s).id()));
      if (active == null) {
        active = new boolean[n];
        for (int i = 0; i < n; i++) {
          active[i] = !engine.deprecatedOccupation(holdings, i);
        }
      }
      if (!active[s]) {
        continue;
      }
      double[] scores = engine.occupationScores(holdings);
      for (int t = 0; t < n; t++) {
        if (t == s || !active[t]) {
          continue;
        }
        double score = scores[t];
        histogram[fineBin(score)]++;
        pairs++;
        sum += score;
        outgoing[s].offer(t, score);
        incoming[t].offer(s, score);
      }
    }
    log.info(
        "Scored {} ordered occupation pairs for research queries in {} ms",
        pairs,
        (System.nanoTime() - started) / 1_000_000);
    return new Analysis(
        stamp,
        occupations,
        Map.copyOf(index),
        active == null ? new boolean[0] : active,
        outgoing,
        incoming,
        histogram,
        pairs,
        sum);
  }

  /** The histogram of scores from one occupation to every other current one, computed now. */
  ScoreDistribution distributionFrom(String occupationId, int bins) {
    var current = analysis();
    int source = current.indexOf(occupationId);
    var histogram = new long[FINE_BINS];
    long pairs = 0;
    double sum = 0;
    if (current.active()[source]) {
      var holdings = engine.holdings(TransferSource.occupation(occupationId));
      double[] scores = engine.occupationScores(holdings);
      for (int t = 0; t < scores.length; t++) {
        if (t != source && current.active()[t]) {
          histogram[fineBin(scores[t])]++;
          pairs++;
          sum += scores[t];
        }
      }
    }
    return distribution(occupationId, histogram, pairs, sum, bins);
  }

  ScoreDistribution distribution(int bins) {
    var current = analysis();
    return distribution(null, current.histogram(), current.pairs(), current.sum(), bins);
  }

  /** Folds the fine histogram into {@code bins} bins whose bounds are fine-bin bounds. */
  private static ScoreDistribution distribution(
      String fromId, long[] fine, long pairs, double sum, int bins) {
    var result = new ArrayList<ScoreDistribution.Bin>(bins);
    for (int b = 0; b < bins; b++) {
      int from = (int) ((long) b * FINE_BINS / bins);
      int to = (int) ((long) (b + 1) * FINE_BINS / bins);
      long count = 0;
      for (int f = from; f < to; f++) {
        count += fine[f];
      }
      result.add(
          new ScoreDistribution.Bin((double) from / FINE_BINS, (double) to / FINE_BINS, count));
    }
    return new ScoreDistribution(fromId, pairs, pairs == 0 ? 0 : sum / pairs, result);
  }

  private static int fineBin(double score) {
    return Math.max(0, Math.min(FINE_BINS - 1, (int) (score * FINE_BINS)));
  }

  /**
   * Connected components of the graph that links two occupations when each is among the other's
   * {@code k} best destinations with a score of at least {@code minScore}, both ways.
   */
  List<OccupationCluster> clusters(int k, double minScore, int minSize) {
    var current = analysis();
    int n = current.occupations().size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    double[] strength = new double[n];
    var mutual = new ArrayList<int[]>();
    var mutualScores = new ArrayList<double[]>();
    for (int a = 0; a < n; a++) {
      var out = current.outgoing()[a];
      for (int j = 0; j < Math.min(k, out.size()); j++) {
        int b = out.index(j);
        double ab = out.score(j);
        if (b <= a || ab < minScore) {
          continue;
        }
        double ba = current.outgoing()[b].scoreOf(a, k);
        if (ba >= minScore) {
          union(parent, a, b);
          mutual.add(new int[] {a, b});
          mutualScores.add(new double[] {ab, ba});
          strength[a] += ab + ba;
          strength[b] += ab + ba;
        }
      }
    }
    var members = new HashMap<Integer, List<Integer>>();
    for (int i = 0; i < n; i++) {
      if (current.active()[i]) {
        members.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
      }
    }
    var links = new HashMap<Integer, int[]>();
    var linkScores = new HashMap<Integer, double[]>();
    for (int e = 0; e < mutual.size(); e++) {
      int root = find(parent, mutual.get(e)[0]);
      links.computeIfAbsent(root, r -> new int[1])[0]++;
      var scores = mutualScores.get(e);
      linkScores.computeIfAbsent(root, r -> new double[1])[0] += scores[0] + scores[1];
    }
    var clusters = new ArrayList<OccupationCluster>();
    for (var entry : members.entrySet()) {
      var group = entry.getValue();
      if (group.size() < minSize) {
        continue;
      }
      group.sort(
          Comparator.comparingDouble((Integer i) -> -strength[i])
              .thenComparing(i -> current.occupations().get(i).id()));
      int linkCount = links.getOrDefault(entry.getKey(), new int[1])[0];
      double total = linkScores.getOrDefault(entry.getKey(), new double[1])[0];
      clusters.add(
          new OccupationCluster(
              group.size(),
              group.stream().map(i -> current.occupations().get(i).id()).toList(),
              linkCount,
              linkCount == 0 ? 0 : total / (2.0 * linkCount)));
    }
    clusters.sort(
        Comparator.comparingInt((OccupationCluster c) -> -c.size())
            .thenComparing(c -> c.occupationIds().get(0)));
    return clusters;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** The best {@code capacity} (index, score) pairs offered, kept sorted best first. */
  static final class TopK {

    private final int[] indices;
    private final double[] scores;
    private int size;

    TopK(int capacity) {
      indices = new int[capacity];
      scores = new double[capacity];
    }

    void offer(int index, double score) {
      if (size == indices.length && score <= scores[size - 1]) {
        return;
      }
      int at = size == indices.length ? size - 1 : size++;
      while (at > 0 && scores[at - 1] < score) {
        indices[at] = indices[at - 1];
        scores[at] = scores[at - 1];
        at--;
      }
      indices[at] = index;
      scores[at] = score;
    }

    int size() {
      return size;
    }

    int index(int rank) {
      return indices[rank];
    }

    double score(int rank) {
      return scores[rank];
    }

    /** The score of {@code index} if it is among the first {@code k}, else −1. */
    double scoreOf(int index, int k) {
      for (int j = 0; j < Math.min(k, size); j++) {
        if (indices[j] == index) {
          return scores[j];
        }
      }
      return -1;
    }
  }
}
