package org.competenceatlas.recognition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A test set of short narratives, each with the learning outcomes an assessor judged it to show or
 * not, read from {@code narratives.csv} and {@code judgements.csv} in one folder (the layout of
 * {@code src/test/resources/recognition-narratives/}). A judgement of round {@code expected} was
 * written before any method ran; one of round {@code pooled} judges an outcome a method suggested.
 */
public record NarrativeSet(List<Narrative> narratives) {

  /** A narrative with its judged outcomes. */
  public record Narrative(
      String id,
      String area,
      String kind,
      String text,
      Set<String> expected,
      Set<String> relevant,
      Set<String> notRelevant) {}

  static NarrativeSet read(Path folder) {
    var judged = new LinkedHashMap<String, List<CSVRecord>>();
    for (var row : records(folder.resolve("judgements.csv"))) {
      judged.computeIfAbsent(row.get("narrative"), id -> new ArrayList<>()).add(row);
    }
    var narratives = new ArrayList<Narrative>();
    for (var row : records(folder.resolve("narratives.csv"))) {
      var id = row.get("id");
      var expected = new LinkedHashSet<String>();
      var relevant = new LinkedHashSet<String>();
      var notRelevant = new LinkedHashSet<String>();
      for (var judgement : judged.getOrDefault(id, List.of())) {
        var outcome = judgement.get("outcome");
        boolean yes = "yes".equals(judgement.get("relevant"));
        if (yes) {
          relevant.add(outcome);
          if ("expected".equals(judgement.get("round"))) {
            expected.add(outcome);
          }
        } else {
          notRelevant.add(outcome);
        }
      }
      narratives.add(
          new Narrative(
              id,
              row.get("area"),
              row.get("kind"),
              row.get("text"),
              Set.copyOf(expected),
              Set.copyOf(relevant),
              Set.copyOf(notRelevant)));
    }
    return new NarrativeSet(List.copyOf(narratives));
  }

  /** Every outcome any judgement names. */
  Set<String> outcomes() {
    var all = new LinkedHashSet<String>();
    for (var n : narratives) {
      all.addAll(n.relevant());
      all.addAll(n.notRelevant());
    }
    return all;
  }

  private static List<CSVRecord> records(Path file) {
    var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (var reader = Files.newBufferedReader(file)) {
      return format.parse(reader).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  static Map<String, Narrative> byId(NarrativeSet set) {
    var map = new LinkedHashMap<String, Narrative>();
    set.narratives().forEach(n -> map.put(n.id(), n));
    return map;
  }
}
