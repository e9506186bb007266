package org.competenceatlas.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A judged set of transfers: occupation pairs, and pairs of a required outcome of the target with a
 * held outcome of the source, each judged transferable, partly or not by an assessor, with a
 * reason. Read from two CSV files in one folder: {@code occupation-pairs.csv} and {@code
 * judged-pairs.csv} (the layout of {@code src/test/resources/judged-transfers/}). They name
 * occupations and outcomes by URI only; labels come from the imported release.
 */
public record JudgedSet(List<OccupationPair> pairs, List<JudgedPair> judgements) {

  /** One move from a source occupation to a target occupation. */
  public record OccupationPair(int id, String sourceId, String targetId) {}

  /** How transferable an assessor judged a held outcome to be towards a required one. */
  public enum Judgement {
    TRANSFERABLE,
    PARTLY,
    NOT;

    /** Whether an adviser would show the link at all (transferable or partly). */
    public boolean acceptable() {
      return this != NOT;
    }
  }

  /**
   * One judged pair. {@code origin} says how it came to be judged: {@code candidate} (proposed by a
   * pool of methods, judged without knowing which) or {@code addition} (added by the assessor from
   * the full lists).
   */
  public record JudgedPair(
      int pair,
      String requiredId,
      String heldId,
      Judgement judgement,
      String reason,
      String judge,
      String origin) {}

  public static JudgedSet read(Path folder) {
    var pairs = new ArrayList<OccupationPair>();
    for (var row : records(folder.resolve("occupation-pairs.csv"))) {
      pairs.add(
          new OccupationPair(
              Integer.parseInt(row.get("pair")),
              row.get("source_occupation_uri"),
              row.get("target_occupation_uri")));
    }
    var judgements = new ArrayList<JudgedPair>();
    for (var row : records(folder.resolve("judged-pairs.csv"))) {
      judgements.add(
          new JudgedPair(
              Integer.parseInt(row.get("pair")),
              row.get("required_uri"),
              row.get("held_uri"),
              Judgement.valueOf(row.get("judgement").toUpperCase(java.util.Locale.ROOT)),
              row.get("reason"),
              row.get("judge"),
              row.get("origin")));
    }
    return new JudgedSet(List.copyOf(pairs), List.copyOf(judgements));
  }

  /**
   * The judgements of one judge per pair of outcomes: where two judges judged the same pair, the
   * first judge's, so that each pair counts once.
   */
  public Map<String, JudgedPair> primary() {
    var byPair = new LinkedHashMap<String, JudgedPair>();
    for (var judged : judgements) {
      byPair.merge(
          key(judged.pair(), judged.requiredId(), judged.heldId()),
          judged,
          (first, second) -> first.judge().compareTo(second.judge()) <= 0 ? first : second);
    }
    return byPair;
  }

  static String key(int pair, String requiredId, String heldId) {
    return pair + "|" + requiredId + "|" + heldId;
  }

  private static List<CSVRecord> records(Path file) {
    try (var reader = Files.newBufferedReader(file)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
