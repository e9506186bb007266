package org.competenceatlas.research;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.competenceatlas.infrastructure.CypherQueries;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.NotificationConfig;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * Streams the export tables out of the graph: every table's query runs in one read transaction, so
 * all tables show the same state, and records are handed over as the driver fetches them (in
 * batches) rather than collected, so the whole graph is never in memory.
 */
@Repository
class GraphExportRepository {

  /** Receives the rows of each table in turn. */
  interface TableSink {

    void begin(ExportTable table);

    /** The row's values in the table's column order: String, Long, Double or null. */
    void row(ExportTable table, List<Object> values);

    void end(ExportTable table);
  }

  private final Driver driver;
  private final Map<String, String> queries = new HashMap<>();

  GraphExportRepository(Driver driver, CypherQueries queries) {
    this.driver = driver;
    for (var table : ExportTable.TAXONOMY) {
      this.queries.put(table.query(), queries.get(table.query()));
    }
  }

  void stream(List<ExportTable> tables, TableSink sink) {
    var config =
        SessionConfig.builder()
            .withDefaultAccessMode(AccessMode.READ)
            .withNotificationConfig(NotificationConfig.disableAllConfig())
            .build();
    try (var session = driver.session(config);
        // One transaction over the whole graph for one consistent state, however long it takes:
        // zero lifts the server's limit, which is meant for requests.
        var tx =
            session.beginTransaction(
                TransactionConfig.builder().withTimeout(Duration.ZERO).build())) {
      for (var table : tables) {
        sink.begin(table);
        var result = tx.run(queries.get(table.query()));
        while (result.hasNext()) {
          var record = result.next();
          var values = new ArrayList<Object>(table.columns().size());
          for (var column : table.columns()) {
            values.add(plain(record.get(column.name())));
          }
          sink.row(table, values);
        }
        sink.end(table);
      }
      tx.commit();
    }
  }

  private static Object plain(Value value) {
    return value.isNull() ? null : value.asObject();
  }
}
