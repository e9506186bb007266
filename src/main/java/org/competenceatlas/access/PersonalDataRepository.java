package org.competenceatlas.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.competenceatlas.infrastructure.CypherQueries;
import org.competenceatlas.infrastructure.ReadTransaction;
import org.competenceatlas.infrastructure.WriteTransaction;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Finds, reads and deletes the nodes that are one learner's own data. */
@Repository
class PersonalDataRepository {

  /**
   * The labels of nodes that hold a learner's own data. A node type added to portfolios must be
   * listed here, or export and erasure miss it; {@code PersonalDataTest} erases a learner with one
   * node of each kind and checks that nothing of theirs remains.
   */
  static final List<String> PERSONAL_LABELS =
      List.of(
          "Learner",
          "Experience",
          "Claim",
          "Evidence",
          "Validation",
          "AccessGrant",
          "AccessEvent",
          "AuditEvent",
          "GoalStage",
          "DevelopmentPlan",
          "PlanItem");

  /** How far the walk goes from the learner: learner → claim → validation is the longest path. */
  private static final int MAX_HOPS = 4;

  record ExportedNode(String nodeId, List<String> labels, Map<String, Object> properties) {}

  record ExportedRelationship(
      String relationshipId,
      String type,
      Map<String, Object> properties,
      Endpoint start,
      Endpoint end) {}

  /** One end of a relationship: its element id, and for shared nodes its id and labels. */
  record Endpoint(String nodeId, String key, List<String> labels) {}

  private final Neo4jClient client;
  private final String learnerNode;
  private final String neighbours;
  private final String nodes;
  private final String relationships;
  private final String erase;
  private final String accessEvents;

  PersonalDataRepository(Neo4jClient client, CypherQueries queries) {
    this.client = client;
    this.learnerNode = queries.get("learner/learner-node");
    this.neighbours = queries.get("access/personal-neighbours");
    this.nodes = queries.get("access/personal-nodes");
    this.relationships = queries.get("access/personal-relationships");
    this.erase = queries.get("access/erase-personal-nodes");
    this.accessEvents = queries.get("access/learner-access-events");
  }

  /** The element ids of the learner's own nodes, the learner's node first; empty when unknown. */
  @ReadTransaction
  List<String> personalNodeIds(String learnerId) {
    Optional<String> start =
        client.query(learnerNode).bind(learnerId).to("id").fetchAs(String.class).one();
    if (start.isEmpty()) {
      return List.of();
    }
    var seen = new LinkedHashSet<String>();
    seen.add(start.get());
    Collection<String> frontier = List.of(start.get());
    for (int hop = 0; hop < MAX_HOPS && !frontier.isEmpty(); hop++) {
      var next = new ArrayList<String>();
      for (var nodeId : step(frontier)) {
        if (seen.add(nodeId)) {
          next.add(nodeId);
        }
      }
      frontier = next;
    }
    seen.addAll(
        client.query(accessEvents).bind(learnerId).to("learnerId").fetchAs(String.class).all());
    return List.copyOf(seen);
  }

  private Collection<String> step(Collection<String> frontier) {
    var parameters = new HashMap<String, Object>();
    parameters.put("frontier", List.copyOf(frontier));
    parameters.put("personalLabels", PERSONAL_LABELS);
    return client.query(neighbours).bindAll(parameters).fetchAs(String.class).all();
  }

  @ReadTransaction
  List<ExportedNode> nodes(List<String> nodeIds) {
    return client
        .query(nodes)
        .bind(nodeIds)
        .to("nodeIds")
        .fetchAs(ExportedNode.class)
        .mappedBy(
            (types, row) ->
                new ExportedNode(
                    row.get("nodeId").asString(),
                    row.get("labels").asList(value -> value.asString()),
                    row.get("properties").asMap()))
        .all()
        .stream()
        .toList();
  }

  @ReadTransaction
  List<ExportedRelationship> relationships(List<String> nodeIds) {
    return client
        .query(relationships)
        .bind(nodeIds)
        .to("nodeIds")
        .fetchAs(ExportedRelationship.class)
        .mappedBy(
            (types, row) ->
                new ExportedRelationship(
                    row.get("relationshipId").asString(),
                    row.get("type").asString(),
                    row.get("properties").asMap(),
                    new Endpoint(
                        row.get("startId").asString(),
                        row.get("startKey").asString(null),
                        row.get("startLabels").asList(value -> value.asString())),
                    new Endpoint(
                        row.get("endId").asString(),
                        row.get("endKey").asString(null),
                        row.get("endLabels").asList(value -> value.asString()))))
        .all()
        .stream()
        .toList();
  }

  @WriteTransaction
  void delete(List<String> nodeIds) {
    client.query(erase).bind(nodeIds).to("nodeIds").run();
  }
}
