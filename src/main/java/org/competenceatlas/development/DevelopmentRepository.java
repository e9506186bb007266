package org.competenceatlas.development;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.competenceatlas.infrastructure.CypherQueries;
import org.competenceatlas.infrastructure.ReadTransaction;
import org.competenceatlas.infrastructure.WriteTransaction;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Stores development plans and reads the learner map, with {@code cypher/queries/development}. */
@Repository
class DevelopmentRepository {

  /** A stored plan as the graph holds it: ids only, resolved by the service. */
  record PlanRow(
      String id,
      String goalId,
      PlanStatus status,
      ZonedDateTime acceptedAt,
      String acceptedBy,
      List<String> gapOutcomeIds,
      List<ItemRow> items) {}

  record ItemRow(
      String id,
      long position,
      PlanItemStatus status,
      List<String> outcomeIds,
      String opportunityId) {}

  private final Neo4jClient client;
  private final CypherQueries queries;

  DevelopmentRepository(Neo4jClient client, CypherQueries queries) {
    this.client = client;
    this.queries = queries;
  }

  private Neo4jClient.RunnableSpec query(String name, Map<String, Object> parameters) {
    return client.query(queries.get("development/" + name)).bindAll(parameters);
  }

  private static Map<String, Object> params(Object... keysAndValues) {
    var map = new HashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @WriteTransaction
  void createPlan(
      String learnerId,
      String id,
      String goalId,
      String actor,
      List<String> gapOutcomeIds,
      List<Map<String, Object>> items) {
    query(
            "create-plan",
            params(
                "learnerId", learnerId,
                "id", id,
                "goalId", goalId,
                "actor", actor,
                "gapOutcomeIds", gapOutcomeIds,
                "items", items))
        .run();
  }

  @ReadTransaction
  List<PlanRow> plans(String learnerId, String planId) {
    return query("learner-plans", params("learnerId", learnerId, "planId", planId))
        .fetchAs(PlanRow.class)
        .mappedBy(
            (types, row) -> {
              var plan = row.get("p");
              var items =
                  row.get("items").asList(DevelopmentRepository::item).stream()
                      .sorted(java.util.Comparator.comparingLong(ItemRow::position))
                      .toList();
              return new PlanRow(
                  plan.get("id").asString(),
                  plan.get("goalId").asString(),
                  PlanStatus.valueOf(plan.get("status").asString()),
                  plan.get("acceptedAt").asZonedDateTime(),
                  plan.get("acceptedBy").asString(),
                  plan.get("gapOutcomeIds").asList(Value::asString),
                  items);
            })
        .all()
        .stream()
        .toList();
  }

  private static ItemRow item(Value value) {
    return new ItemRow(
        value.get("id").asString(),
        value.get("position").asLong(),
        PlanItemStatus.valueOf(value.get("status").asString()),
        value.get("outcomeIds").asList(Value::asString),
        value.get("opportunityId").asString());
  }

  @WriteTransaction
  Optional<String> addItem(
      String learnerId, String planId, String id, String opportunityId, List<String> outcomeIds) {
    return query(
            "add-plan-item",
            params(
                "learnerId", learnerId,
                "planId", planId,
                "id", id,
                "opportunityId", opportunityId,
                "outcomeIds", outcomeIds))
        .fetchAs(String.class)
        .one();
  }

  @WriteTransaction
  Optional<String> removeItem(String learnerId, String itemId) {
    return query("remove-plan-item", params("learnerId", learnerId, "itemId", itemId))
        .fetchAs(String.class)
        .one();
  }

  @WriteTransaction
  Optional<String> setItemStatus(String learnerId, String itemId, PlanItemStatus status) {
    return query(
            "set-plan-item-status",
            params("learnerId", learnerId, "itemId", itemId, "status", status.name()))
        .fetchAs(String.class)
        .one();
  }
}
