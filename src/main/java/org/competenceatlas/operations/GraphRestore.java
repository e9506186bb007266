package org.competenceatlas.operations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.competenceatlas.infrastructure.CypherQueries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.NotificationConfig;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a file written by {@link GraphBackup} into an empty database: first the schema, then the
 * nodes and relationships in batches. Nodes carry a temporary key while relationships find their
 * ends by it; the key and its constraint are removed at the end. A failed restore leaves a partial
 * graph: start again on a new, empty store.
 */
public final class GraphRestore {

  private static final Logger log = LoggerFactory.getLogger(GraphRestore.class);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final int BATCH = 2_000;
  // The statements that create nodes and relationships are built per label and type, which Cypher
  // takes only as names, not as parameters; they use the key of restore-key-constraint.cypher.
  private static final String KEY_LABEL = "_AtlasRestore";
  private static final String KEY = "_atlasRestoreKey";
  private static final SessionConfig QUIET =
      SessionConfig.builder().withNotificationConfig(NotificationConfig.disableAllConfig()).build();

  private final Driver driver;
  private final String nodeCount;
  private final String keyConstraint;
  private final String awaitIndexes;
  private final String removeKeys;
  private final String dropKeyConstraint;

  public GraphRestore(Driver driver, CypherQueries queries) {
    this.driver = driver;
    this.nodeCount = queries.get("operations/node-count");
    this.keyConstraint = queries.get("operations/restore-key-constraint");
    this.awaitIndexes = queries.get("operations/await-indexes");
    this.removeKeys = queries.get("operations/remove-restore-keys");
    this.dropKeyConstraint = queries.get("operations/drop-restore-key-constraint");
  }

  public BackupSummary readFrom(Path file) {
    requireEmpty();
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                StandardCharsets.UTF_8))) {
      var header = header(in.readLine(), file);
      int schema = createSchema(header.get("schema"));
      run(keyConstraint);
      run(awaitIndexes);
      var batch = new Batch();
      JsonNode end = null;
      String text;
      while ((text = in.readLine()) != null) {
        if (end != null) {
          throw new IllegalStateException(file + " has lines after its closing line");
        }
        var line = MAPPER.readTree(text);
        if (line.has("node")) {
          batch.node(line);
        } else if (line.has("relationship")) {
          batch.relationship(line);
        } else if (line.has("end")) {
          batch.flush();
          end = line;
        } else {
          throw new IllegalArgumentException(
              "Unexpected line in " + file + ": " + abbreviate(text));
        }
      }
      if (end == null) {
        throw new IllegalStateException(
            file + " ends before its closing line: the backup is incomplete; use another one");
      }
      if (end.get("nodes").longValue() != batch.nodes
          || end.get("relationships").longValue() != batch.relationships) {
        throw new IllegalStateException(
            "Restored "
                + batch.nodes
                + " nodes and "
                + batch.relationships
                + " relationships, but the backup says "
                + end.get("nodes")
                + " and "
                + end.get("relationships"));
      }
      removeKeys();
      return new BackupSummary(batch.nodes, batch.relationships, 0, schema);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the backup " + file, e);
    }
  }

  private void requireEmpty() {
    try (var session = driver.session(QUIET)) {
      long nodes = session.executeRead(tx -> tx.run(nodeCount).single().get("n").asLong());
      if (nodes > 0) {
        throw new IllegalStateException(
            "The target database already holds "
                + nodes
                + " nodes; restore only into an empty database (a new data folder)");
      }
    }
  }

  private static JsonNode header(String first, Path file) {
    if (first == null) {
      throw new IllegalArgumentException(file + " is empty");
    }
    var header = MAPPER.readTree(first);
    if (!GraphBackup.FORMAT.equals(header.path("format").stringValue(null))) {
      throw new IllegalArgumentException(file + " is not a Competence Atlas backup");
    }
    if (header.get("formatVersion").intValue() > GraphBackup.FORMAT_VERSION) {
      throw new IllegalArgumentException(
          file + " was written by a newer version (format " + header.get("formatVersion") + ")");
    }
    return header;
  }

  /** Creates the backed-up constraints and indexes; ones the database already has are kept. */
  private int createSchema(JsonNode statements) {
    int created = 0;
    for (var statement : statements) {
      try {
        run(statement.stringValue());
        created++;
      } catch (ClientException e) {
        if (!e.code().endsWith("EquivalentSchemaRuleAlreadyExists")) {
          throw e;
        }
      }
    }
    return created;
  }

  private void removeKeys() {
    long changed;
    do {
      try (var session = driver.session(QUIET)) {
        changed = session.executeWrite(tx -> tx.run(removeKeys).single().get("n").asLong());
      }
    } while (changed > 0);
    run(dropKeyConstraint);
  }

  private void run(String cypher) {
    try (var session = driver.session(QUIET)) {
      session.executeWriteWithoutResult(tx -> tx.run(cypher).consume());
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }

  private static String name(String token) {
    return "`" + token.replace("`", "``") + "`";
  }

  /** Collects lines and writes them per label set or relationship type, one transaction a batch. */
  private final class Batch {

    private final Map<List<String>, List<Map<String, Object>>> nodeRows = new LinkedHashMap<>();
    private final Map<String, List<Map<String, Object>>> relationshipRows = new LinkedHashMap<>();
    private int pending;
    private long reported;
    long nodes;
    long relationships;

    void node(JsonNode line) {
      var labels = new ArrayList<String>();
      line.get("labels").values().forEach(label -> labels.add(label.stringValue()));
      nodeRows
          .computeIfAbsent(labels, key -> new ArrayList<>())
          .add(
              Map.of(
                  "key", line.get("node").stringValue(),
                  "props", GraphValues.properties(line.get("properties"))));
      count();
    }

    void relationship(JsonNode line) {
      if (!nodeRows.isEmpty()) {
        flush();
      }
      relationshipRows
          .computeIfAbsent(line.get("relationship").stringValue(), key -> new ArrayList<>())
          .add(
              Map.of(
                  "from", line.get("from").stringValue(),
                  "to", line.get("to").stringValue(),
                  "props", GraphValues.properties(line.get("properties"))));
      count();
    }

    private void count() {
      if (++pending >= BATCH) {
        flush();
      }
    }

    void flush() {
      if (pending == 0) {
        return;
      }
      try (var session = driver.session(QUIET)) {
        session.executeWriteWithoutResult(
            tx -> {
              nodeRows.forEach(
                  (labels, rows) -> {
                    var labelText = new StringBuilder(":" + KEY_LABEL);
                    labels.forEach(label -> labelText.append(':').append(name(label)));
                    tx.run(
                            "UNWIND $rows AS row CREATE (n"
                                + labelText
                                + " {"
                                + KEY
                                + ": row.key}) SET n += row.props",
                            Map.of("rows", rows))
                        .consume();
                  });
              relationshipRows.forEach(
                  (type, rows) -> {
                    var created =
                        tx.run(
                                "UNWIND $rows AS row MATCH (a:"
                                    + KEY_LABEL
                                    + " {"
                                    + KEY
                                    + ": row.from}) MATCH (b:"
                                    + KEY_LABEL
                                    + " {"
                                    + KEY
                                    + ": row.to}) CREATE (a)-[r:"
                                    + name(type)
                                    + "]->(b) SET r = row.props",
                                Map.of("rows", rows))
                            .consume()
                            .counters()
                            .relationshipsCreated();
                    if (created != rows.size()) {
                      throw new IllegalStateException(
                          "A "
                              + type
                              + " relationship names a node the backup does not hold:"
                              + " the file is damaged");
                    }
                  });
            });
      }
      nodeRows.values().forEach(rows -> nodes += rows.size());
      relationshipRows.values().forEach(rows -> relationships += rows.size());
      if (nodes + relationships - reported >= 100_000) {
        reported = nodes + relationships;
        log.info("Restored {} nodes and {} relationships so far", nodes, relationships);
      }
      nodeRows.clear();
      relationshipRows.clear();
      pending = 0;
    }
  }
}
