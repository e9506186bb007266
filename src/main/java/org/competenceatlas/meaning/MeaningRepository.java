package org.competenceatlas.meaning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.competenceatlas.infrastructure.CypherQueries;
import org.competenceatlas.infrastructure.ReadTransaction;
import org.competenceatlas.infrastructure.WriteTransaction;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the meaning layer with {@code cypher/queries/meaning}; one method, one
 * transaction.
 */
@Repository
class MeaningRepository {

  /** What the sentence model reads of an outcome. */
  record OutcomeText(String id, String label, String description, boolean knowledge) {}

  /** The hierarchy: child to parent pairs, and which concepts are groups. */
  /** An outcome's stored embedding and the key of the text and model it was computed from. */
  private record StoredVector(String outcomeId, String key, byte[] vector) {}

  record HierarchyRows(List<BroaderLink> broader, Set<String> groups) {}

  private final Neo4jClient client;
  private final CypherQueries queries;

  MeaningRepository(Neo4jClient client, CypherQueries queries) {
    this.client = client;
    this.queries = queries;
    for (var name :
        List.of(
            "scopes",
            "scope-outcomes",
            "hierarchy",
            "embedding-keys",
            "save-embeddings",
            "read-vectors",
            "layers",
            "claim",
            "progress",
            "write-links",
            "switch-generation",
            "delete-stale-links",
            "record-state")) {
      queries.get("meaning/" + name);
    }
  }

  private String query(String name) {
    return queries.get("meaning/" + name);
  }

  @ReadTransaction
  List<String> scopes() {
    return List.copyOf(
        client
            .query(query("scopes"))
            .fetchAs(String.class)
            .mappedBy((t, r) -> r.get("scope").asString())
            .all());
  }

  @ReadTransaction
  List<OutcomeText> outcomes(String scope) {
    return List.copyOf(
        client
            .query(query("scope-outcomes"))
            .bind(scope)
            .to("scope")
            .fetchAs(OutcomeText.class)
            .mappedBy(
                (t, r) ->
                    new OutcomeText(
                        r.get("id").asString(),
                        r.get("label").asString(null),
                        r.get("description").asString(null),
                        "knowledge".equals(r.get("type").asString(null))))
            .all());
  }

  @ReadTransaction
  HierarchyRows hierarchy() {
    var groups = new HashSet<String>();
    var broader =
        client
            .query(query("hierarchy"))
            .fetchAs(BroaderLink.class)
            .mappedBy(
                (t, r) -> {
                  if (r.get("childIsGroup").asBoolean()) {
                    groups.add(r.get("child").asString());
                  }
                  if (r.get("parentIsGroup").asBoolean()) {
                    groups.add(r.get("parent").asString());
                  }
                  return new BroaderLink(r.get("child").asString(), r.get("parent").asString());
                })
            .all();
    return new HierarchyRows(List.copyOf(broader), groups);
  }

  @ReadTransaction
  Map<String, String> embeddingKeys(List<String> ids) {
    var keys = new HashMap<String, String>();
    client
        .query(query("embedding-keys"))
        .bind(ids)
        .to("ids")
        .fetch()
        .all()
        .forEach(row -> keys.put((String) row.get("id"), (String) row.get("key")));
    return keys;
  }

  @WriteTransaction
  void saveEmbeddings(String model, List<Map<String, Object>> rows) {
    client.query(query("save-embeddings")).bind(model).to("model").bind(rows).to("rows").run();
  }

  /** The stored vectors of these outcomes whose key is the expected one. */
  @ReadTransaction
  Map<String, float[]> vectors(Map<String, String> expectedKeys) {
    var vectors = new HashMap<String, float[]>();
    client
        .query(query("read-vectors"))
        .bind(List.copyOf(expectedKeys.keySet()))
        .to("ids")
        .fetchAs(StoredVector.class)
        .mappedBy(
            (t, r) ->
                new StoredVector(
                    r.get("id").asString(), r.get("key").asString(), r.get("vector").asByteArray()))
        .all()
        .forEach(
            stored -> {
              if (stored.key().equals(expectedKeys.get(stored.outcomeId()))) {
                vectors.put(stored.outcomeId(), Vectors.fromBytes(stored.vector()));
              }
            });
    return vectors;
  }

  @ReadTransaction
  List<Map<String, Object>> layers() {
    return List.copyOf(
        client
            .query(query("layers"))
            .fetchAs(Map.class)
            .mappedBy((t, r) -> r.get("layer").asMap())
            .all()
            .stream()
            .map(m -> (Map<String, Object>) m)
            .toList());
  }

  /** Claims the computation of a scope; empty when another instance holds it. */
  @WriteTransaction
  java.util.Optional<Long> claim(String scope, String holder, String lease, String model) {
    return client
        .query(query("claim"))
        .bindAll(Map.of("scope", scope, "holder", holder, "lease", lease, "model", model))
        .fetchAs(Long.class)
        .mappedBy((t, r) -> r.get("generation").isNull() ? -1L : r.get("generation").asLong())
        .one();
  }

  @WriteTransaction
  boolean progress(String scope, String holder, String lease, Map<String, Object> progress) {
    return client
            .query(query("progress"))
            .bindAll(Map.of("scope", scope, "holder", holder, "lease", lease, "progress", progress))
            .fetchAs(Long.class)
            .mappedBy((t, r) -> r.get("held").asLong())
            .one()
            .orElse(0L)
        > 0;
  }

  @WriteTransaction
  void writeLinks(long generation, List<Map<String, Object>> links) {
    client
        .query(query("write-links"))
        .bind(generation)
        .to("generation")
        .bind(links)
        .to("links")
        .run();
  }

  @WriteTransaction
  boolean switchGeneration(
      String scope, String holder, long generation, Map<String, Object> summary) {
    return client
            .query(query("switch-generation"))
            .bindAll(
                Map.of(
                    "scope", scope, "holder", holder, "generation", generation, "summary", summary))
            .fetchAs(Long.class)
            .mappedBy((t, r) -> r.get("switched").asLong())
            .one()
            .orElse(0L)
        > 0;
  }

  @WriteTransaction
  long deleteStaleLinks(String scope, long generation, int batch) {
    return client
        .query(query("delete-stale-links"))
        .bindAll(Map.of("scope", scope, "generation", generation, "batch", batch))
        .fetchAs(Long.class)
        .mappedBy((t, r) -> r.get("deleted").asLong())
        .one()
        .orElse(0L);
  }

  @WriteTransaction
  void recordState(
      String scope, String holder, MeaningLayerState state, String message, String model) {
    var parameters = new HashMap<String, Object>();
    parameters.put("scope", scope);
    parameters.put("holder", holder);
    parameters.put("state", state.name());
    parameters.put("message", message);
    parameters.put("model", model);
    client.query(query("record-state")).bindAll(parameters).run();
  }
}
