package org.competenceatlas.learner;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.competenceatlas.common.Labels;
import org.competenceatlas.infrastructure.CypherQueries;
import org.competenceatlas.infrastructure.ReadTransaction;
import org.competenceatlas.infrastructure.WriteTransaction;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Writes learners' portfolios, their cycle stages and audit trail, with {@code
 * cypher/queries/learner}.
 */
@Repository
class PortfolioRepository {

  /** How many items a portfolio holds, to enforce its limits. */
  record Size(long experiences, long claims, long evidence) {}

  /** What a claim's status follows from, and the status it has now. */
  record StatusFacts(
      String claimId, ClaimStatus status, long evidence, List<ClaimStatusRule.Judged> judgements) {}

  private final Neo4jClient client;
  private final CypherQueries queries;

  PortfolioRepository(Neo4jClient client, CypherQueries queries) {
    this.client = client;
    this.queries = queries;
  }

  private Neo4jClient.RunnableSpec query(String name, Map<String, Object> parameters) {
    return client.query(queries.get("learner/" + name)).bindAll(parameters);
  }

  private static Map<String, Object> params(Object... keysAndValues) {
    var map = new HashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @WriteTransaction
  Optional<Long> lock(String learnerId) {
    return client
        .query(queries.get("learner/learner-node"))
        .bind(learnerId)
        .to("id")
        .fetchAs(String.class)
        .one()
        .flatMap(
            nodeId -> query("lock-learner", params("nodeId", nodeId)).fetchAs(Long.class).one());
  }

  @WriteTransaction
  Learner create(
      String id,
      String account,
      String displayName,
      String language,
      List<String> values,
      List<String> ambitions) {
    return query(
            "create-learner",
            params(
                "id", id,
                "account", account,
                "displayName", displayName,
                "preferredLanguage", language,
                "values", values,
                "ambitions", ambitions))
        .fetchAs(Learner.class)
        .mappedBy((types, row) -> Learner.fromProperties(row.get("l").asMap()))
        .one()
        .orElseThrow();
  }

  @WriteTransaction
  void update(String learnerId, Map<String, Object> changes) {
    query("update-learner", params("id", learnerId, "changes", changes)).run();
  }

  @WriteTransaction
  void setGoals(String learnerId, List<String> goalIds) {
    query("set-goals", params("id", learnerId, "goalIds", goalIds)).run();
  }

  @ReadTransaction
  Set<String> knownTargets(Collection<String> ids) {
    return Set.copyOf(
        query("known-targets", params("ids", List.copyOf(ids))).fetchAs(String.class).all());
  }

  @ReadTransaction
  Size size(String learnerId) {
    return query("portfolio-size", params("id", learnerId))
        .fetchAs(Size.class)
        .mappedBy(
            (types, row) ->
                new Size(
                    row.get("experiences").asLong(),
                    row.get("claims").asLong(),
                    row.get("evidence").asLong()))
        .one()
        .orElse(new Size(0, 0, 0));
  }

  @WriteTransaction
  Optional<Experience> saveExperience(
      String learnerId, String id, boolean create, Map<String, Object> properties) {
    return query(
            "save-experience",
            params("learnerId", learnerId, "id", id, "create", create, "properties", properties))
        .fetchAs(Experience.class)
        .mappedBy((types, row) -> Experience.fromProperties(row.get("e").asMap()))
        .one();
  }

  @ReadTransaction
  List<String> soleSupportClaims(String learnerId, String experienceId) {
    return List.copyOf(
        query("sole-support-claims", params("learnerId", learnerId, "id", experienceId))
            .fetchAs(String.class)
            .all());
  }

  @WriteTransaction
  boolean removeExperience(String learnerId, String experienceId) {
    return query("remove-experience", params("learnerId", learnerId, "id", experienceId))
            .fetchAs(Long.class)
            .one()
            .orElse(0L)
        > 0;
  }

  @ReadTransaction
  Set<String> ownedExperiences(String learnerId, Collection<String> ids) {
    return Set.copyOf(
        query("owned-experiences", params("learnerId", learnerId, "ids", List.copyOf(ids)))
            .fetchAs(String.class)
            .all());
  }

  @ReadTransaction
  Set<String> ownedClaims(String learnerId, Collection<String> ids) {
    return Set.copyOf(
        query("owned-claims", params("learnerId", learnerId, "ids", List.copyOf(ids)))
            .fetchAs(String.class)
            .all());
  }

  @ReadTransaction
  boolean outcomeExists(String outcomeId) {
    return query("outcome-exists", params("id", outcomeId))
        .fetchAs(Boolean.class)
        .one()
        .orElse(false);
  }

  @ReadTransaction
  boolean outcomeClaimed(String learnerId, String outcomeId) {
    return query("outcome-claimed", params("learnerId", learnerId, "outcomeId", outcomeId))
        .fetchAs(Boolean.class)
        .one()
        .orElse(false);
  }

  @WriteTransaction
  void createClaim(
      String learnerId, String id, String outcomeId, Proficiency proficiency, String note) {
    query(
            "create-claim",
            params(
                "learnerId", learnerId,
                "id", id,
                "outcomeId", outcomeId,
                "proficiency", proficiency.name(),
                "note", note))
        .run();
  }

  @WriteTransaction
  boolean updateClaim(String learnerId, String claimId, Map<String, Object> properties) {
    return query(
            "update-claim", params("learnerId", learnerId, "id", claimId, "properties", properties))
        .fetchAs(String.class)
        .one()
        .isPresent();
  }

  @WriteTransaction
  void setClaimExperiences(String learnerId, String claimId, List<String> experienceIds) {
    query(
            "set-claim-experiences",
            params("learnerId", learnerId, "claimId", claimId, "ids", experienceIds))
        .run();
  }

  @ReadTransaction
  Optional<Claim> claim(String learnerId, String claimId) {
    return query("learner-claim", params("learnerId", learnerId, "id", claimId))
        .fetchAs(Claim.class)
        .mappedBy(
            (types, row) ->
                Claim.fromProperties(
                    row.get("c").asMap(), LearningOutcome.fromProperties(row.get("lo").asMap())))
        .one();
  }

  @WriteTransaction
  Evidence createEvidence(
      String learnerId,
      String id,
      EvidenceKind kind,
      String title,
      String link,
      LocalDate date,
      List<String> claimIds) {
    return query(
            "create-evidence",
            params(
                "learnerId", learnerId,
                "id", id,
                "kind", kind.name(),
                "title", title,
                "link", link,
                "date", date,
                "claimIds", claimIds))
        .fetchAs(Evidence.class)
        .mappedBy((types, row) -> Evidence.fromProperties(row.get("ev").asMap()))
        .one()
        .orElseThrow();
  }

  @ReadTransaction
  List<StatusFacts> statusFacts(Collection<String> claimIds) {
    return query("claim-status-facts", params("ids", List.copyOf(claimIds)))
        .fetchAs(StatusFacts.class)
        .mappedBy(
            (types, row) ->
                new StatusFacts(
                    row.get("id").asString(),
                    ClaimStatus.ofStored(row.get("status").asString(null)),
                    row.get("evidence").asLong(),
                    row.get("judgements").asList(PortfolioRepository::judged)))
        .all()
        .stream()
        .toList();
  }

  private static ClaimStatusRule.Judged judged(Value value) {
    return new ClaimStatusRule.Judged(
        JudgementResult.valueOf(value.get("result").asString()),
        value.get("function").isNull()
            ? null
            : AssessmentFunction.valueOf(value.get("function").asString()),
        value.get("date").isNull() ? null : value.get("date").asLocalDate(),
        value.get("recordedAt").isNull() ? null : value.get("recordedAt").asZonedDateTime());
  }

  @WriteTransaction
  void setStatuses(Map<String, ClaimStatus> statusByClaim) {
    var rows =
        statusByClaim.entrySet().stream()
            .map(
                entry ->
                    Map.<String, Object>of("id", entry.getKey(), "status", entry.getValue().name()))
            .toList();
    query("set-claim-statuses", params("rows", rows)).run();
  }

  @ReadTransaction
  Optional<Validation.Assessor> assessorByAccount(String account) {
    return query("assessor-by-account", params("account", account))
        .fetchAs(Validation.Assessor.class)
        .mappedBy((types, row) -> assessor(row.get("a")))
        .one();
  }

  private static Validation.Assessor assessor(Value node) {
    return node.isNull()
        ? null
        : new Validation.Assessor(
            node.get("id").asString(),
            node.get("displayName").asString(null),
            node.get("organisation").asString(null));
  }

  @WriteTransaction
  long createValidation(
      String learnerId,
      String id,
      String assessorId,
      String againstId,
      AssessmentFunction function,
      String comment,
      LocalDate date,
      String actor,
      List<Map<String, Object>> judgements) {
    return query(
            "create-validation",
            params(
                "learnerId", learnerId,
                "id", id,
                "assessorId", assessorId,
                "againstId", againstId,
                "function", function.name(),
                "comment", comment,
                "date", date,
                "actor", actor,
                "judgements", judgements))
        .fetchAs(Long.class)
        .one()
        .orElse(0L);
  }

  @ReadTransaction
  List<Validation> validations(String learnerId, String validationId) {
    return query(
            "learner-validations", params("learnerId", learnerId, "validationId", validationId))
        .fetchAs(Validation.class)
        .mappedBy(
            (types, row) -> {
              var v = row.get("v");
              var target = row.get("t");
              var against =
                  target.isNull()
                      ? null
                      : new Goal(
                          target.get("id").asString(),
                          row.get("kind").asString(),
                          Labels.fromProperties(target.asMap()));
              var judgements =
                  row.get("judgements")
                      .asList(
                          j ->
                              new Validation.Judgement(
                                  j.get("claimId").asString(),
                                  LearningOutcome.fromProperties(j.get("outcome").asMap()),
                                  JudgementResult.valueOf(j.get("result").asString())));
              return new Validation(
                  v.get("id").asString(),
                  AssessmentFunction.valueOf(v.get("function").asString()),
                  v.get("date").isNull() ? null : v.get("date").asLocalDate(),
                  v.get("comment").asString(""),
                  assessor(row.get("a")),
                  against,
                  judgements.stream()
                      .sorted(Comparator.comparing(Validation.Judgement::claimId))
                      .toList());
            })
        .all()
        .stream()
        .toList();
  }

  @ReadTransaction
  List<GoalCycle> cycles(String learnerId) {
    return query("goal-stages", params("id", learnerId))
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
            "record-stage",
            params(
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
            "record-audit",
            params("learnerId", learnerId, "actor", actor, "action", action, "detail", detail))
        .run();
  }

  @ReadTransaction
  List<AuditEvent> auditTrail(String learnerId, int offset, int limit) {
    return query("audit-trail", params("learnerId", learnerId, "offset", offset, "limit", limit))
        .fetchAs(AuditEvent.class)
        .mappedBy((types, row) -> AuditEvent.fromProperties(row.get("e").asMap()))
        .all()
        .stream()
        .toList();
  }

  static Set<String> missing(Collection<String> asked, Set<String> found) {
    return asked.stream().filter(id -> !found.contains(id)).collect(Collectors.toSet());
  }
}
