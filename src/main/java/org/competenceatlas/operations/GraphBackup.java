package org.competenceatlas.operations;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.competenceatlas.infrastructure.CypherQueries;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.NotificationConfig;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Writes the whole graph to a gzip file of JSON lines while the service keeps running: a header
 * with the schema (constraints and indexes), every node with its labels and properties, every
 * relationship, and a closing line with the counts, which tells a complete file from a cut one.
 *
 * <p>Everything is read in one read transaction. Neo4j's isolation is read-committed, not a
 * snapshot: a write committed while the export runs may be partly in the file. A relationship whose
 * node was not written is left out and counted, so the file always restores; for an exact copy, run
 * the backup while nothing writes.
 */
public final class GraphBackup {

  static final String FORMAT = "competence-atlas-backup";
  static final int FORMAT_VERSION = 1;
  private static final Logger log = LoggerFactory.getLogger(GraphBackup.class);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Driver driver;
  private final String dbmsVersion;
  private final String nodes;
  private final String relationships;
  private final String constraints;
  private final String indexes;

  public GraphBackup(Driver driver, CypherQueries queries) {
    this.driver = driver;
    this.dbmsVersion = queries.get("operations/dbms-version");
    this.nodes = queries.get("operations/backup-nodes");
    this.relationships = queries.get("operations/backup-relationships");
    this.constraints = queries.get("operations/backup-constraints");
    this.indexes = queries.get("operations/backup-indexes");
  }

  /** Writes the backup next to {@code file} first and moves it into place once complete. */
  public BackupSummary writeTo(Path file) {
    var partial = file.resolveSibling(file.getFileName() + ".partial");
    var config =
        SessionConfig.builder()
            .withDefaultAccessMode(AccessMode.READ)
            .withNotificationConfig(NotificationConfig.disableAllConfig())
            .build();
    BackupSummary summary;
    try (var out =
            new BufferedWriter(
                new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16),
                    StandardCharsets.UTF_8),
                1 << 16);
        var session = driver.session(config);
        // One transaction over the whole graph for one consistent state, however long it takes:
        // zero lifts the server's limit, which is meant for requests.
        var tx =
            session.beginTransaction(
                TransactionConfig.builder().withTimeout(Duration.ZERO).build())) {
      summary = write(tx, out);
      tx.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the backup to " + partial, e);
    }
    try {
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not move the backup into place at " + file, e);
    }
    if (summary.skippedRelationships() > 0) {
      log.warn(
          "Left {} relationship(s) out of the backup: writes committed during the export changed"
              + " their nodes. Run the backup again while nothing writes for an exact copy",
          summary.skippedRelationships());
    }
    return summary;
  }

  private BackupSummary write(Transaction tx, Writer out) throws IOException {
    var schema = schemaStatements(tx);
    var header = JSON.objectNode();
    header.put("format", FORMAT);
    header.put("formatVersion", FORMAT_VERSION);
    header.put("createdAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
    header.put("neo4jVersion", tx.run(dbmsVersion).single().get("version").asString());
    var schemaArray = header.putArray("schema");
    schema.forEach(schemaArray::add);
    line(out, header);

    var written = new HashSet<String>();
    var nodeRows = tx.run(nodes);
    while (nodeRows.hasNext()) {
      var row = nodeRows.next();
      var id = row.get("id").asString();
      var line = JSON.objectNode();
      line.put("node", id);
      var labels = line.putArray("labels");
      row.get("labels").asList(label -> label.asString()).forEach(labels::add);
      line.set("properties", GraphValues.properties(row.get("props").asMap()));
      line(out, line);
      written.add(id);
    }

    long relationshipCount = 0;
    long skipped = 0;
    var rels = tx.run(relationships);
    while (rels.hasNext()) {
      var row = rels.next();
      var from = row.get("from").asString();
      var to = row.get("to").asString();
      if (!written.contains(from) || !written.contains(to)) {
        skipped++;
        continue;
      }
      var line = JSON.objectNode();
      line.put("relationship", row.get("type").asString());
      line.put("from", from);
      line.put("to", to);
      line.set("properties", GraphValues.properties(row.get("props").asMap()));
      line(out, line);
      relationshipCount++;
    }

    var end = JSON.objectNode();
    end.put("end", true);
    end.put("nodes", written.size());
    end.put("relationships", relationshipCount);
    line(out, end);
    return new BackupSummary(written.size(), relationshipCount, skipped, schema.size());
  }

  /**
   * The statements that recreate the constraints and the indexes not owned by a constraint. The
   * token lookup indexes every new database has are left out.
   */
  private List<String> schemaStatements(Transaction tx) {
    var statements = new ArrayList<String>();
    tx.run(constraints).forEachRemaining(row -> statements.add(row.get(0).asString()));
    tx.run(indexes).forEachRemaining(row -> statements.add(row.get(0).asString()));
    return statements;
  }

  private static void line(Writer out, Object json) throws IOException {
    out.write(MAPPER.writeValueAsString(json));
    out.write('\n');
  }
}
