package org.competenceatlas.esco;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/** Test helpers: the miniature releases, counts and snapshots of the graph, and clean-up. */
final class EscoGraph {

  static final String MINI = "esco-mini";
  static final String MINI_V2 = "esco-mini-v2";
  static final String BASE = "http://example.org/esco-mini/";

  private final Driver driver;

  EscoGraph(Driver driver) {
    this.driver = driver;
  }

  /** A miniature release folder from the test resources. */
  static Path resource(String name) {
    try {
      return Path.of(EscoGraph.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A copy of a miniature release, to break on purpose. */
  static Path copy(String name, Path target) {
    try {
      Files.createDirectories(target);
      try (var files = Files.list(resource(name))) {
        for (var file : files.toList()) {
          Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void rewrite(Path file, java.util.function.UnaryOperator<String> change) {
    try {
      Files.writeString(file, change.apply(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long count(String cypher) {
    return count(cypher, Map.of());
  }

  long count(String cypher, Map<String, Object> parameters) {
    try (var session = driver.session()) {
      return session.run(cypher, parameters).single().get(0).asLong();
    }
  }

  Record single(String cypher, Map<String, Object> parameters) {
    try (var session = driver.session()) {
      return session.run(cypher, parameters).single();
    }
  }

  void run(String cypher, Map<String, Object> parameters) {
    try (var session = driver.session()) {
      session.executeWriteWithoutResult(tx -> tx.run(cypher, parameters).consume());
    }
  }

  /** The properties of the ESCO node with this id (any label). */
  Map<String, Object> node(String id) {
    return single(
            "MATCH (n:Occupation|LearningOutcome|OutcomeGroup|IscoGroup|ConceptScheme {id: $id})"
                + " RETURN properties(n) AS p",
            Map.of("id", id))
        .get("p")
        .asMap();
  }

  long nodes(String label) {
    return count("MATCH (n:" + label + " {source: 'esco'}) RETURN count(n)");
  }

  /**
   * ESCO's collections present in the graph, whoever created them: a collection is shared
   * vocabulary, so the seed world's "transversal" is ESCO's too and keeps its own source.
   */
  long collections() {
    return count(
        "MATCH (c:Collection) WHERE c.id IN ['transversal', 'digital', 'digcomp', 'green',"
            + " 'language', 'research-skills', 'research-occupations'] RETURN count(c)");
  }

  long relationships(String type) {
    return count("MATCH (a {source: 'esco'})-[r:" + type + "]->() RETURN count(r)");
  }

  /**
   * Every node and relationship of the graph with its labels and properties, sorted, as text: equal
   * snapshots mean an unchanged graph. Properties named in {@code ignore} are left out, and so is
   * the access log: other tests of the shared context are refused on purpose, and their refusals
   * are summed up in a line written when the refusal window closes, at any moment of a later test.
   */
  List<String> snapshot(String... ignore) {
    var ignored = java.util.Set.of(ignore);
    try (var session = driver.session()) {
      var lines = new java.util.ArrayList<String>();
      session
          .run(
              "MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:TransactionLogPurge"
                  + " AND NOT n:AccessEvent RETURN labels(n) AS labels, properties(n) AS p")
          .forEachRemaining(
              row ->
                  lines.add(
                      row.get("labels").asList(Object::toString)
                          + " "
                          + text(row.get("p").asMap(), ignored)));
      session
          .run(
              "MATCH (a)-[r]->(b) WHERE NOT a:SchemaMigration AND NOT a:TransactionLogPurge"
                  + " AND NOT a:AccessEvent AND NOT b:AccessEvent"
                  + " RETURN coalesce(a.id, a.name) AS a, type(r) AS type,"
                  + " coalesce(b.id, b.name) AS b, properties(r) AS p")
          .forEachRemaining(
              row ->
                  lines.add(
                      row.get("a").asString("?")
                          + " -"
                          + row.get("type").asString()
                          + "-> "
                          + row.get("b").asString("?")
                          + " "
                          + text(row.get("p").asMap(), ignored)));
      java.util.Collections.sort(lines);
      return lines;
    }
  }

  /**
   * Fails, naming only the lines added and removed, when the graph differs from {@code before} (a
   * snapshot taken with the same {@code ignore}): a whole-graph listing hides the difference.
   */
  void assertUnchangedSince(List<String> before, String... ignore) {
    var now = snapshot(ignore);
    var removed = new java.util.ArrayList<>(before);
    var added = new java.util.ArrayList<String>();
    for (var line : now) {
      if (!removed.remove(line)) {
        added.add(line);
      }
    }
    org.assertj.core.api.Assertions.assertThat(added)
        .as("lines added to the graph (removed: %s)", removed)
        .isEmpty();
    org.assertj.core.api.Assertions.assertThat(removed)
        .as("lines removed from the graph")
        .isEmpty();
  }

  private static String text(Map<String, Object> properties, java.util.Set<String> ignored) {
    var sorted = new java.util.TreeMap<String, Object>(properties);
    sorted.keySet().removeAll(ignored);
    // A byte array prints as its identity; compare its content (the stored embedding vectors).
    sorted.replaceAll(
        (key, value) ->
            value instanceof byte[] bytes
                ? "bytes(" + bytes.length + ", " + java.util.Arrays.hashCode(bytes) + ")"
                : value);
    return sorted.toString();
  }

  /** Removes everything ESCO imports wrote, so other test classes see only the seed world. */
  void clear() {
    try (var session = driver.session()) {
      session
          .run(
              "MATCH (n) WHERE n.source IN ['esco', 'esco-test'] OR n:TaxonomyRelease"
                  + " OR (n:MeaningLayer AND n.scope IN ['esco', 'esco-test'])"
                  + " OR (n:OutcomeEmbedding AND n.id STARTS WITH 'http://data.europa.eu/')"
                  + " CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS")
          .consume();
    }
  }
}
