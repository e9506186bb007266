package org.competenceatlas.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.competenceatlas.common.Labels;
import org.springframework.stereotype.Service;

/**
 * Writes the occupation × occupation transfer scores as CSV for research: for every source
 * occupation its {@code top} best destinations (or all of them when {@code top} is 0), streamed row
 * by row so the whole matrix never sits in memory.
 */
@Service
public class TransferMatrixExport {

  static final String HEADER =
      "source_id,source_label,target_id,target_label,rank,score,essential_coverage,optional_coverage";

  private final TransferEngine engine;

  TransferMatrixExport(TransferEngine engine) {
    this.engine = engine;
  }

  /** Returns the number of rows written. */
  public long write(Writer out, int top) {
    try {
      out.write("# This service uses the ESCO classification of the European Commission.\n");
      out.write(HEADER + "\n");
      var occupations = engine.occupations();
      long rows = 0;
      for (var source : occupations) {
        var holdings = engine.holdings(TransferSource.occupation(source.id()));
        int self = engine.occupationIndex(holdings, source.id());
        double[] scores = engine.occupationScores(holdings);
        var order =
            IntStream.range(0, scores.length)
                .filter(i -> i != self)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]))
                .limit(top > 0 ? top : Long.MAX_VALUE)
                .toList();
        int rank = 0;
        for (int target : order) {
          var parts = engine.toOccupation(holdings, target).parts();
          var to = occupations.get(target);
          out.write(
              String.join(
                      ",",
                      csv(source.id()),
                      csv(source.labels().preferred(Labels.FALLBACK_LANGUAGE)),
                      csv(to.id()),
                      csv(to.labels().preferred(Labels.FALLBACK_LANGUAGE)),
                      Integer.toString(++rank),
                      number(parts.score()),
                      number(parts.essentialCoverage()),
                      parts.optionalCoverage() == null ? "" : number(parts.optionalCoverage()))
                  + "\n");
          rows++;
        }
      }
      out.flush();
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String number(double value) {
    return String.format(java.util.Locale.ROOT, "%.5f", value);
  }

  /** RFC 4180: quote when the field holds a comma, quote or line break; double the quotes. */
  static String csv(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
