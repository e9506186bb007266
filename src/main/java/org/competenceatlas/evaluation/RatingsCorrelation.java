package org.competenceatlas.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.competenceatlas.common.NotFoundException;
import org.competenceatlas.transfer.Holdings;
import org.competenceatlas.transfer.TransferEngine;
import org.competenceatlas.transfer.TransferSource;
import org.springframework.stereotype.Service;

/**
 * How well the engine's scores rank moves between occupations as people rated them: Spearman's rank
 * correlation between the ratings and the scores, with a bootstrap interval. The ratings are a CSV
 * file with the columns {@code source,target,rating}; source and target are occupation ids or their
 * exact English preferred labels.
 */
@Service
public class RatingsCorrelation {

  /** Resamples of the bootstrap; the seed is fixed so that a run repeats exactly. */
  static final int RESAMPLES = 2_000;

  private static final long SEED = 20261202L;

  private final TransferEngine engine;

  RatingsCorrelation(TransferEngine engine) {
    this.engine = engine;
  }

  /**
   * The result: {@code n} rated moves scored, {@code unknown} rows naming an occupation the
   * taxonomy lacks, and Spearman's rho with its 95 % bootstrap interval.
   */
  public record Result(int n, int unknown, double rho, double low, double high) {}

  public Result correlate(Path ratings) {
    var labels = labelIndex();
    var holdings = new HashMap<String, Holdings>();
    var ratingList = new ArrayList<Double>();
    var scores = new ArrayList<Double>();
    int unknown = 0;
    try (var reader = Files.newBufferedReader(ratings)) {
      var records =
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
      for (var row : records) {
        var source = resolve(row.get("source"), labels);
        var target = resolve(row.get("target"), labels);
        if (source == null || target == null) {
          unknown++;
          continue;
        }
        try {
          var held =
              holdings.computeIfAbsent(
                  source, id -> engine.holdings(TransferSource.occupation(id)));
          double score =
              engine.toOccupation(held, engine.occupationIndex(held, target)).parts().score();
          scores.add(score);
          ratingList.add(Double.parseDouble(row.get("rating")));
        } catch (NotFoundException e) {
          unknown++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + ratings, e);
    }
    var x = ratingList.stream().mapToDouble(Double::doubleValue).toArray();
    var y = scores.stream().mapToDouble(Double::doubleValue).toArray();
    double rho = spearman(x, y);
    var random = new SplittableRandom(SEED);
    var resampled = new double[RESAMPLES];
    int kept = 0;
    var bx = new double[x.length];
    var by = new double[y.length];
    for (int r = 0; r < RESAMPLES; r++) {
      for (int i = 0; i < x.length; i++) {
        int pick = random.nextInt(x.length);
        bx[i] = x[pick];
        by[i] = y[pick];
      }
      double value = spearman(bx, by);
      // A resample of one repeated row has no correlation at all; it says nothing either way.
      if (!Double.isNaN(value)) {
        resampled[kept++] = value;
      }
    }
    if (kept == 0) {
      return new Result(x.length, unknown, rho, Double.NaN, Double.NaN);
    }
    Arrays.sort(resampled, 0, kept);
    return new Result(
        x.length,
        unknown,
        rho,
        resampled[(int) Math.floor(0.025 * (kept - 1))],
        resampled[(int) Math.ceil(0.975 * (kept - 1))]);
  }

  private Map<String, String> labelIndex() {
    var index = new HashMap<String, String>();
    for (var occupation : engine.occupations()) {
      var label = occupation.labels().preferred("en");
      if (label != null) {
        index.putIfAbsent(label.strip().toLowerCase(Locale.ROOT), occupation.id());
      }
      index.put(occupation.id(), occupation.id());
    }
    return index;
  }

  /** An occupation id as it is, or an English preferred label in any case. */
  private static String resolve(String value, Map<String, String> labels) {
    if (value == null) {
      return null;
    }
    var id = labels.get(value.strip());
    return id != null ? id : labels.get(value.strip().toLowerCase(Locale.ROOT));
  }

  /** Spearman's rho: Pearson's correlation of the ranks, ties given their mean rank. */
  static double spearman(double[] x, double[] y) {
    return pearson(ranks(x), ranks(y));
  }

  static double[] ranks(double[] values) {
    int n = values.length;
    var order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    var ranks = new double[n];
    for (int start = 0; start < n; ) {
      int end = start;
      while (end + 1 < n && values[order[end + 1]] == values[order[start]]) {
        end++;
      }
      double mean = (start + end) / 2.0 + 1;
      for (int k = start; k <= end; k++) {
        ranks[order[k]] = mean;
      }
      start = end + 1;
    }
    return ranks;
  }

  private static double pearson(double[] x, double[] y) {
    int n = x.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }
}
