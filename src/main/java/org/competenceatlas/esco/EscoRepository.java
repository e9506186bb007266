package org.competenceatlas.esco;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.competenceatlas.infrastructure.CypherQueries;
import org.competenceatlas.infrastructure.ReadTransaction;
import org.competenceatlas.infrastructure.WriteTransaction;
import org.neo4j.driver.QueryRunner;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Writes a release with the named queries in {@code cypher/queries/esco}, in UNWIND batches inside
 * one transaction: it commits whole or not at all, so a failure or a killed process leaves the
 * graph exactly as it was.
 */
@Repository
class EscoRepository {

  static final int NODE_BATCH = 5_000;
  static final int LINK_BATCH = 10_000;

  private final Neo4jClient client;
  private final CypherQueries queries;

  EscoRepository(Neo4jClient client, CypherQueries queries) {
    this.client = client;
    this.queries = queries;
    // Fail at start-up, not at import time, when a statement file is missing.
    for (var kind : ConceptKind.values()) {
      queries.get(kind.mergeQuery());
    }
    for (var type : LinkType.values()) {
      queries.get(type.query());
    }
    for (var name : List.of("delete-release-links", "deprecate-absent", "record-release")) {
      queries.get("esco/" + name);
    }
    queries.get("taxonomy/derive-outcome-breadth");
  }

  /** The versions of the ESCO releases the graph holds. */
  @ReadTransaction
  List<String> importedVersions() {
    return client
        .query(queries.get("esco/release-versions"))
        .fetchAs(List.class)
        .mappedBy((types, row) -> row.get("versions").asList(value -> value.asString()))
        .one()
        .map(versions -> (List<String>) versions)
        .orElse(List.of());
  }

  /** Ids of taxonomy nodes from another source than ESCO, with that source. */
  @ReadTransaction
  Map<String, String> foreignConcepts() {
    var foreign = new HashMap<String, String>();
    client
        .query(queries.get("esco/foreign-concepts"))
        .fetch()
        .all()
        .forEach(row -> foreign.put((String) row.get("id"), String.valueOf(row.get("source"))));
    return foreign;
  }

  /**
   * What the write did besides writing the release, and when its statements were done (the rest of
   * the write's time is the commit).
   */
  record Written(
      long linksReplaced,
      Map<String, Integer> deprecated,
      long outcomesDerived,
      long statementsDoneNanos) {}

  /**
   * Writes the release in one transaction: replaces the ESCO relationships of earlier releases
   * (when {@code replaceEarlier}: the graph holds one), creates or updates every concept, creates
   * the relationships, marks concepts the release no longer has as deprecated, records the release
   * and derives each outcome's breadth.
   */
  @WriteTransaction
  Written write(
      EscoRelease release, boolean replaceEarlier, int skippedRows, ImportListener listener) {
    try (var runner = client.getQueryRunner()) {
      return write(runner, release, replaceEarlier, skippedRows, listener);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Written write(
      QueryRunner runner,
      EscoRelease release,
      boolean replaceEarlier,
      int skippedRows,
      ImportListener listener) {
    long replaced = 0;
    if (replaceEarlier) {
      var removal = listener.step("links of earlier releases", 1);
      replaced =
          runner.run(queries.get("esco/delete-release-links")).single().get("deleted").asLong();
      removal.done(replaced);
      listener.stepDone("links of earlier releases");
    }
    var version = release.version();
    for (var kind : ConceptKind.values()) {
      var rows = new ArrayList<Map<String, Object>>(release.concepts(kind).values());
      var cypher = queries.get(kind.mergeQuery());
      batches(runner, kind.label() + " nodes", cypher, rows, NODE_BATCH, version, listener);
    }
    for (var type : LinkType.values()) {
      var cypher = queries.get(type.query());
      var links = release.links(type);
      var progress = links.isEmpty() ? null : listener.step(type.describe(), links.size());
      int done = 0;
      for (var batch : grouped(links, type.hasImportance())) {
        runner.run(cypher, Map.of("rows", batch.rows(), "version", version)).consume();
        done += batch.links();
        progress.rows(done);
      }
      if (progress != null) {
        progress.done(links.size());
        listener.stepDone(type.describe());
      }
    }
    var deprecated = new LinkedHashMap<String, Integer>();
    runner
        .run(queries.get("esco/deprecate-absent"), Map.of("version", version))
        .forEachRemaining(
            row -> deprecated.put(row.get("label").asString(), row.get("deprecated").asInt()));
    listener.stepDone("deprecate");
    var counts = new HashMap<String, Object>();
    release.nodeCounts().forEach((label, n) -> counts.put("nodes_" + label, n));
    release.relationshipCounts().forEach((type, n) -> counts.put("relationships_" + type, n));
    deprecated.forEach((label, n) -> counts.put("deprecated_" + label, n));
    counts.put("skippedRows", skippedRows);
    runner
        .run(
            queries.get("esco/record-release"),
            Map.of(
                "id",
                "esco-" + version,
                "version",
                version,
                "languages",
                release.languages(),
                "counts",
                counts))
        .consume();
    var derive = listener.step("derive outcome breadth", 1);
    long derived =
        runner
            .run(queries.get("taxonomy/derive-outcome-breadth"))
            .single()
            .get("outcomes")
            .asLong();
    derive.done(derived);
    listener.stepDone("derive outcome breadth");
    return new Written(replaced, deprecated, derived, System.nanoTime());
  }

  private record Batch(List<Map<String, Object>> rows, int links) {}

  /**
   * Relationship rows grouped by start node, and importance where there is one ({@code {from, to:
   * [...]}}, {@code {from, importance, to: [...]}}), about {@link #LINK_BATCH} relationships per
   * batch: each start node is looked up once per batch instead of once per relationship, and each
   * relationship travels as one string.
   */
  private static List<Batch> grouped(List<Map<String, Object>> links, boolean withImportance) {
    var batches = new ArrayList<Batch>();
    var groups = new LinkedHashMap<List<Object>, List<Object>>();
    int count = 0;
    for (var link : links) {
      var key =
          withImportance
              ? List.of(link.get("from"), link.get("importance"))
              : List.of(link.get("from"));
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(link.get("to"));
      if (++count == LINK_BATCH) {
        batches.add(new Batch(rows(groups), count));
        groups.clear();
        count = 0;
      }
    }
    if (count > 0) {
      batches.add(new Batch(rows(groups), count));
    }
    return batches;
  }

  private static List<Map<String, Object>> rows(Map<List<Object>, List<Object>> groups) {
    var rows = new ArrayList<Map<String, Object>>(groups.size());
    groups.forEach(
        (key, targets) ->
            rows.add(
                key.size() == 1
                    ? Map.of("from", key.get(0), "to", List.copyOf(targets))
                    : Map.of(
                        "from", key.get(0), "importance", key.get(1), "to", List.copyOf(targets))));
    return rows;
  }

  private static void batches(
      QueryRunner runner,
      String step,
      String cypher,
      List<Map<String, Object>> rows,
      int size,
      String version,
      ImportListener listener) {
    if (rows.isEmpty()) {
      return;
    }
    var progress = listener.step(step, rows.size());
    for (int from = 0; from < rows.size(); from += size) {
      var batch = rows.subList(from, Math.min(rows.size(), from + size));
      runner.run(cypher, Map.of("rows", batch, "version", version)).consume();
      progress.rows(from + batch.size());
    }
    progress.done(rows.size());
    listener.stepDone(step);
  }
}
