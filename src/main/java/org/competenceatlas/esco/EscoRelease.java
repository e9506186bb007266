package org.competenceatlas.esco;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A release as read from its folder, checked and ready to write: the concepts of each kind with
 * their graph properties, the relationships as {@code {from, to[, importance]}} rows, and what was
 * left out.
 */
final class EscoRelease {

  private final String version;
  private final List<String> languages;
  private final Map<ConceptKind, Map<String, Map<String, Object>>> concepts =
      new EnumMap<>(ConceptKind.class);
  private final Map<LinkType, List<Map<String, Object>>> links = new EnumMap<>(LinkType.class);
  private final Map<LinkType, Map<String, String>> seen = new EnumMap<>(LinkType.class);
  private final Map<String, Integer> linkRows = new HashMap<>();
  private final List<SkippedRow> skipped = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  EscoRelease(String version, List<String> languages) {
    this.version = version;
    this.languages = List.copyOf(languages);
    for (var kind : ConceptKind.values()) {
      concepts.put(kind, new LinkedHashMap<>());
    }
    for (var type : LinkType.values()) {
      links.put(type, new ArrayList<>());
      seen.put(type, new HashMap<>());
    }
  }

  String version() {
    return version;
  }

  List<String> languages() {
    return languages;
  }

  /** The concepts of one kind: id to graph properties (null values remove stale properties). */
  Map<String, Map<String, Object>> concepts(ConceptKind kind) {
    return concepts.get(kind);
  }

  boolean has(ConceptKind kind, String id) {
    return concepts.get(kind).containsKey(id);
  }

  List<Map<String, Object>> links(LinkType type) {
    return Collections.unmodifiableList(links.get(type));
  }

  List<SkippedRow> skipped() {
    return Collections.unmodifiableList(skipped);
  }

  List<String> notes() {
    return Collections.unmodifiableList(notes);
  }

  void skip(SkippedRow row) {
    skipped.add(row);
  }

  void note(String note) {
    notes.add(note);
  }

  /**
   * Adds a relationship unless the release already has it. A repeat within one file is reported as
   * a skipped duplicate; the same relationship stated by two files (the skill hierarchy and the
   * skill pillar say the same thing) is simply kept once.
   */
  void link(LinkType type, String from, String to, String importance, String file, long line) {
    var key = importance == null ? from + '\n' + to : from + '\n' + to + '\n' + importance;
    var first = seen.get(type).putIfAbsent(key, file + '\n' + line);
    if (first == null || !first.startsWith(file + '\n')) {
      linkRows.merge(file, 1, Integer::sum);
    }
    if (first != null) {
      var firstFile = first.substring(0, first.indexOf('\n'));
      if (firstFile.equals(file)) {
        skip(
            new SkippedRow(
                file,
                line,
                "duplicate of line " + first.substring(first.indexOf('\n') + 1) + "; left out"));
      }
      return;
    }
    links
        .get(type)
        .add(
            importance == null
                ? Map.of("from", from, "to", to)
                : Map.of("from", from, "to", to, "importance", importance));
  }

  /**
   * How many rows of a file stated a relationship, counting those another file stated too (the
   * skill hierarchy repeats the skill pillar) and leaving out repeats within the file.
   */
  int linkRows(String file) {
    return linkRows.getOrDefault(file, 0);
  }

  /** Frees what was only needed to find duplicates while reading. */
  void doneReading() {
    seen.values().forEach(Map::clear);
  }

  /** Nodes per label and relationships per type, as the summary and the release node show them. */
  Map<String, Integer> nodeCounts() {
    var counts = new LinkedHashMap<String, Integer>();
    for (var kind : ConceptKind.values()) {
      counts.put(kind.label(), concepts.get(kind).size());
    }
    return counts;
  }

  Map<String, Integer> relationshipCounts() {
    var counts = new LinkedHashMap<String, Integer>();
    for (var type : LinkType.values()) {
      counts.merge(type.type(), links.get(type).size(), Integer::sum);
    }
    return counts;
  }
}
