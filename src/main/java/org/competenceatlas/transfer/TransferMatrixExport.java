package org.competenceatlas.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.function.Consumer;
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

  /** The attribution every export of ESCO-derived data carries. */
  public static final String ESCO_ATTRIBUTION =
      "This service uses the ESCO classification of the European Commission.";

  public static final String HEADER =
      "source_id,source_label,target_id,target_label,rank,score,essential_coverage,optional_coverage";

  private final TransferEngine engine;

  TransferMatrixExport(TransferEngine engine) {
    this.engine = engine;
  }

  /** Returns the number of rows written. */
  public long write(Writer out, int top) {
    try {
      out.write("# " + ESCO_ATTRIBUTION + "\n");
      out.write(HEADER + "\n");
      long rows =
          forEach(
              top,
              row -> {
                try {
                  out.write(
                      String.join(
                              ",",
                              csv(row.sourceId()),
                              csv(row.sourceLabel()),
                              csv(row.targetId()),
                              csv(row.targetLabel()),
                              Integer.toString(row.rank()),
                              number(row.parts().score()),
                              number(row.parts().essentialCoverage()),
                              row.parts().optionalCoverage() == null
                                  ? ""
                                  : number(row.parts().optionalCoverage()))
                          + "\n");
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      out.flush();
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Hands every current source occupation's {@code top} best current destinations (every one when
   * {@code top} is 0; deprecated occupations are left out on both sides) to {@code rows}, one
   * source at a time, so other formats (GraphML) stream the same rows as the CSV. Returns the
   * number of rows.
   */
  public long forEach(int top, Consumer<TransferRow> rows) {
    var occupations = engine.occupations();
    long count = 0;
    for (var source : occupations) {
      var holdings = engine.holdings(TransferSource.occupation(source.id()));
      int self = engine.occupationIndex(holdings, source.id());
      // A deprecated occupation requires nothing: as a source or a destination it only adds zeros.
      if (engine.deprecatedOccupation(holdings, self)) {
        continue;
      }
      double[] scores = engine.occupationScores(holdings);
      var order =
          IntStream.range(0, scores.length)
              .filter(i -> i != self && !engine.deprecatedOccupation(holdings, i))
              .boxed()
              .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]))
              .limit(top > 0 ? top : Long.MAX_VALUE)
              .toList();
      int rank = 0;
      for (int target : order) {
        var to = occupations.get(target);
        rows.accept(
            new TransferRow(
                source.id(),
                source.labels().preferred(Labels.FALLBACK_LANGUAGE),
                to.id(),
                to.labels().preferred(Labels.FALLBACK_LANGUAGE),
                ++rank,
                engine.toOccupation(holdings, target).parts()));
        count++;
      }
    }
    return count;
  }

  /** One exported transfer: a source occupation, one of its best destinations, rank and score. */
  public record TransferRow(
      String sourceId,
      String sourceLabel,
      String targetId,
      String targetLabel,
      int rank,
      ScoreParts parts) {}

  private static String number(double value) {
    return String.format(java.util.Locale.ROOT, "%.5f", value);
  }

  /**
   * RFC 4180: quote when the field holds a comma, quote or line break; double the quotes. A field
   * with '#' is quoted too: the files start with a '#' line, and the readers docs/research.md
   * suggests (pandas and R with '#' as comment character) cut an unquoted line at any '#' (ESCO has
   * a skill "C#").
   */
  public static String csv(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")
        || value.contains("#")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
