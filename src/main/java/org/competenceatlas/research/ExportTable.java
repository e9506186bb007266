package org.competenceatlas.research;

import java.util.List;

/**
 * One table of the taxonomy export: a CSV file, and in GraphML a kind of node or edge. Its named
 * query returns the columns in this order; an edge table's first two columns are its end nodes'
 * ids. docs/research.md documents the same columns.
 */
record ExportTable(String name, String kind, boolean edges, List<Column> columns) {

  /** A column: its name (also the GraphML attribute name) and GraphML type. */
  record Column(String name, String type) {}

  String query() {
    return "research/export-" + name.replace('_', '-');
  }

  static final List<ExportTable> TAXONOMY =
      List.of(
          new ExportTable(
              "occupations",
              "Occupation",
              false,
              columns(
                  "id",
                  "string",
                  "code",
                  "string",
                  "isco_code",
                  "string",
                  "label",
                  "string",
                  "status",
                  "string",
                  "source",
                  "string")),
          new ExportTable(
              "learning_outcomes",
              "LearningOutcome",
              false,
              columns(
                  "id",
                  "string",
                  "label",
                  "string",
                  "outcome_type",
                  "string",
                  "reuse_level",
                  "string",
                  "status",
                  "string",
                  "source",
                  "string",
                  "occupation_count",
                  "int",
                  "essential_occupation_count",
                  "int",
                  "isco_major_group_count",
                  "int",
                  "essential_isco_major_group_count",
                  "int")),
          new ExportTable(
              "outcome_groups",
              "OutcomeGroup",
              false,
              columns(
                  "id", "string", "code", "string", "label", "string", "status", "string", "source",
                  "string")),
          new ExportTable(
              "isco_groups",
              "IscoGroup",
              false,
              columns(
                  "id", "string", "code", "string", "label", "string", "status", "string", "source",
                  "string")),
          new ExportTable(
              "requirements",
              "REQUIRES",
              true,
              columns("occupation_id", "string", "outcome_id", "string", "importance", "string")),
          new ExportTable(
              "hierarchy",
              "BROADER",
              true,
              columns("narrower_id", "string", "broader_id", "string", "relationship", "string")),
          new ExportTable(
              "relations",
              "RELATED",
              true,
              columns("from_id", "string", "to_id", "string", "importance", "string")));

  private static List<Column> columns(String... nameTypePairs) {
    var columns = new java.util.ArrayList<Column>();
    for (int i = 0; i < nameTypePairs.length; i += 2) {
      columns.add(new Column(nameTypePairs[i], nameTypePairs[i + 1]));
    }
    return List.copyOf(columns);
  }
}
