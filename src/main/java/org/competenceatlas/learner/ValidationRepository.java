package org.competenceatlas.learner;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.competenceatlas.common.Labels;
import org.competenceatlas.common.OrderedMap;
import org.competenceatlas.infrastructure.CypherQueries;
import org.competenceatlas.infrastructure.ReadTransaction;
import org.competenceatlas.infrastructure.WriteTransaction;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Writes and reads assessors' validations and the claim statuses that follow from them, with {@code
 * cypher/queries/learner}.
 */
@Repository
class ValidationRepository {
  /** What a claim's status follows from, and the status it has now. */
  record StatusFacts(
      String claimId, ClaimStatus status, long evidence, List<ClaimStatusRule.Judged> judgements) {}

  private final Neo4jClient client;
  private final String claimStatusFacts;
  private final String setClaimStatuses;
  private final String assessorByAccount;
  private final String createValidation;
  private final String learnerValidations;

  ValidationRepository(Neo4jClient client, CypherQueries queries) {
    this.client = client;
    this.claimStatusFacts = queries.get("learner/claim-status-facts");
    this.setClaimStatuses = queries.get("learner/set-claim-statuses");
    this.assessorByAccount = queries.get("learner/assessor-by-account");
    this.createValidation = queries.get("learner/create-validation");
    this.learnerValidations = queries.get("learner/learner-validations");
  }

  private Neo4jClient.RunnableSpec query(String cypher, Map<String, Object> parameters) {
    return client.query(cypher).bindAll(parameters);
  }

  @ReadTransaction
  List<StatusFacts> statusFacts(Collection<String> claimIds) {
    return query(claimStatusFacts, OrderedMap.of("ids", List.copyOf(claimIds)))
        .fetchAs(StatusFacts.class)
        .mappedBy(
            (types, row) ->
                new StatusFacts(
                    row.get("id").asString(),
                    ClaimStatus.ofStored(row.get("status").asString(null)),
                    row.get("evidence").asLong(),
                    row.get("judgements").asList(ValidationRepository::judged)))
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
    query(setClaimStatuses, OrderedMap.of("rows", rows)).run();
  }

  @ReadTransaction
  Optional<Validation.Assessor> assessorByAccount(String account) {
    return query(assessorByAccount, OrderedMap.of("account", account))
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
            createValidation,
            OrderedMap.of(
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
            learnerValidations, OrderedMap.of("learnerId", learnerId, "validationId", validationId))
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
}
