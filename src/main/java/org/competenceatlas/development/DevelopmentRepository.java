package org.competenceatlas.development;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.competenceatlas.common.OrderedMap;
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
  private final String createPlan;
  private final String learnerPlans;
  private final String addPlanItem;
  private final String removePlanItem;
  private final String setPlanItemStatus;

  DevelopmentRepository(Neo4jClient client, CypherQueries queries) {
    this.client = client;
    this.createPlan = queries.get("development/create-plan");
    this.learnerPlans = queries.get("development/learner-plans");
    this.addPlanItem = queries.get("development/add-plan-item");
    this.removePlanItem = queries.get("development/remove-plan-item");
    this.setPlanItemStatus = queries.get("development/set-plan-item-status");
  }

  private Neo4jClient.RunnableSpec query(String cypher, Map<String, Object> parameters) {
    return client.query(cypher).bindAll(parameters);
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
            createPlan,
            OrderedMap.of(
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
    return query(learnerPlans, OrderedMap.of("learnerId", learnerId, "planId", planId))
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
            addPlanItem,
            OrderedMap.of(
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
    return query(removePlanItem, OrderedMap.of("learnerId", learnerId, "itemId", itemId))
        .fetchAs(String.class)
        .one();
  }

  @WriteTransaction
  Optional<String> setItemStatus(String learnerId, String itemId, PlanItemStatus status) {
    return query(
            setPlanItemStatus,
            OrderedMap.of("learnerId", learnerId, "itemId", itemId, "status", status.name()))
        .fetchAs(String.class)
        .one();
  }
}
