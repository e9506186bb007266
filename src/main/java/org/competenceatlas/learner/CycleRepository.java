package org.competenceatlas.learner;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.competenceatlas.common.Labels;
import org.competenceatlas.common.OrderedMap;
import org.competenceatlas.infrastructure.CypherQueries;
import org.competenceatlas.infrastructure.ReadTransaction;
import org.competenceatlas.infrastructure.WriteTransaction;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Takes a learner's write lock and keeps the goals' cycle stages and the audit trail, with {@code
 * cypher/queries/learner}.
 */
@Repository
class CycleRepository {

  private final Neo4jClient client;
  private final String learnerNode;
  private final String lockLearner;
  private final String goalStages;
  private final String recordStage;
  private final String recordAudit;
  private final String auditTrail;

  CycleRepository(Neo4jClient client, CypherQueries queries) {
    this.client = client;
    this.learnerNode = queries.get("learner/learner-node");
    this.lockLearner = queries.get("learner/lock-learner");
    this.goalStages = queries.get("learner/goal-stages");
    this.recordStage = queries.get("learner/record-stage");
    this.recordAudit = queries.get("learner/record-audit");
    this.auditTrail = queries.get("learner/audit-trail");
  }

  private Neo4jClient.RunnableSpec query(String cypher, Map<String, Object> parameters) {
    return client.query(cypher).bindAll(parameters);
  }

  @WriteTransaction
  Optional<Long> lock(String learnerId) {
    return client
        .query(learnerNode)
        .bind(learnerId)
        .to("id")
        .fetchAs(String.class)
        .one()
        .flatMap(
            nodeId ->
                query(lockLearner, OrderedMap.of("nodeId", nodeId)).fetchAs(Long.class).one());
  }

  @ReadTransaction
  List<GoalCycle> cycles(String learnerId) {
    return query(goalStages, OrderedMap.of("id", learnerId))
        .fetchAs(GoalCycle.class)
        .mappedBy(
            (types, row) -> {
              var goalNode = row.get("g").asMap();
              var goal =
                  new Goal(
                      (String) goalNode.get("id"),
                      row.get("kind").asString(),
                      Labels.fromProperties(goalNode));
              var stages = new ArrayList<Map<String, Object>>();
              row.get("stages").asList(Value::asMap).forEach(stages::add);
              stages.sort(
                  Comparator.comparingLong(
                      s -> ((Number) s.getOrDefault("version", 0L)).longValue()));
              var history =
                  stages.stream()
                      .map(
                          s ->
                              new GoalCycle.StageChange(
                                  CycleStage.valueOf((String) s.get("stage")),
                                  (ZonedDateTime) s.get("at"),
                                  (String) s.get("actor"),
                                  (String) s.get("reason")))
                      .toList();
              var stage =
                  history.isEmpty()
                      ? CycleStage.RECOGNISE
                      : history.get(history.size() - 1).stage();
              return new GoalCycle(goal, stage, history);
            })
        .all()
        .stream()
        .toList();
  }

  @WriteTransaction
  void recordStage(String learnerId, String goalId, CycleStage stage, String actor, String reason) {
    query(
            recordStage,
            OrderedMap.of(
                "learnerId", learnerId,
                "goalId", goalId,
                "stage", stage.name(),
                "actor", actor,
                "reason", reason))
        .run();
  }

  @WriteTransaction
  void recordAudit(String learnerId, String actor, String action, String detail) {
    query(
            recordAudit,
            OrderedMap.of(
                "learnerId", learnerId, "actor", actor, "action", action, "detail", detail))
        .run();
  }

  @ReadTransaction
  List<AuditEvent> auditTrail(String learnerId, int offset, int limit) {
    return query(
            auditTrail, OrderedMap.of("learnerId", learnerId, "offset", offset, "limit", limit))
        .fetchAs(AuditEvent.class)
        .mappedBy((types, row) -> AuditEvent.fromProperties(row.get("e").asMap()))
        .all()
        .stream()
        .toList();
  }
}
