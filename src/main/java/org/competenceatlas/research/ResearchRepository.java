package org.competenceatlas.research;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.competenceatlas.common.Labels;
import org.competenceatlas.infrastructure.CypherQueries;
import org.competenceatlas.infrastructure.ReadTransaction;
import org.competenceatlas.research.AggregateGroups.Group;
import org.competenceatlas.research.OutcomeCoOccurrence.CoOccurringOutcome;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads whole-graph aggregates with the named queries in {@code cypher/queries/research}. */
@Repository
class ResearchRepository {

  private final Neo4jClient client;
  private final String bridgingOutcomes;
  private final String coOccurringOutcomes;
  private final String sharedOutcomes;
  private final String learnersByClaimedOutcome;
  private final String learnersByGoal;
  private final String learnersByClaimStatus;

  ResearchRepository(Neo4jClient client, CypherQueries queries) {
    this.client = client;
    this.bridgingOutcomes = queries.get("research/bridging-outcomes");
    this.coOccurringOutcomes = queries.get("research/co-occurring-outcomes");
    this.sharedOutcomes = queries.get("research/shared-outcomes");
    this.learnersByClaimedOutcome = queries.get("research/learners-by-claimed-outcome");
    this.learnersByGoal = queries.get("research/learners-by-goal");
    this.learnersByClaimStatus = queries.get("research/learners-by-claim-status");
  }

  @ReadTransaction
  List<BridgingOutcome> bridgingOutcomes(
      boolean essentialOnly, BridgingOrder order, int skip, int limit) {
    return client
        .query(bridgingOutcomes)
        .bindAll(
            Map.of(
                "essentialOnly", essentialOnly,
                "orderBy", order.name(),
                "skip", skip,
                "limit", limit))
        .fetchAs(BridgingOutcome.class)
        .mappedBy(
            (types, row) ->
                new BridgingOutcome(
                    outcome(row.get("lo")),
                    row.get("majorGroups").asInt(),
                    row.get("occupations").asInt(),
                    row.get("participation").asDouble()))
        .all()
        .stream()
        .toList();
  }

  /**
   * The number of occupations requiring {@code id} and the outcomes required with it, best first;
   * empty when no outcome has the id.
   */
  @ReadTransaction
  Optional<CoOccurrence> coOccurring(
      String id, boolean essentialOnly, CoOccurrenceOrder order, int minTogether, int limit) {
    var rows =
        client
            .query(coOccurringOutcomes)
            .bindAll(
                Map.of(
                    "id", id,
                    "essentialOnly", essentialOnly,
                    "orderBy", order.name(),
                    "minTogether", minTogether,
                    "limit", limit))
            .fetch()
            .all();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    int withOutcome = ((Number) rows.iterator().next().get("nA")).intValue();
    var outcomes =
        rows.stream()
            .filter(row -> row.get("lo") != null)
            .map(
                row ->
                    new CoOccurringOutcome(
                        LearningOutcome.fromProperties(((Node) row.get("lo")).asMap()),
                        ((Number) row.get("together")).intValue(),
                        ((Number) row.get("nB")).intValue(),
                        ((Number) row.get("jaccard")).doubleValue(),
                        ((Number) row.get("lift")).doubleValue()))
            .toList();
    return Optional.of(new CoOccurrence(withOutcome, outcomes));
  }

  record CoOccurrence(int withOutcome, List<CoOccurringOutcome> outcomes) {}

  @ReadTransaction
  List<SharedOutcome> sharedOutcomes(List<String> occupationIds, int limit) {
    return client
        .query(sharedOutcomes)
        .bindAll(Map.of("ids", occupationIds, "limit", limit))
        .fetchAs(SharedOutcome.class)
        .mappedBy(
            (types, row) -> {
              int occupations = row.get("occupations").asInt();
              return new SharedOutcome(
                  outcome(row.get("lo")), occupations, (double) occupations / occupationIds.size());
            })
        .all()
        .stream()
        .toList();
  }

  @ReadTransaction
  List<Group> learnersByClaimedOutcome() {
    return groups(learnersByClaimedOutcome, "LEARNING_OUTCOME");
  }

  @ReadTransaction
  List<Group> learnersByGoal() {
    return groups(learnersByGoal, null);
  }

  @ReadTransaction
  List<Group> learnersByClaimStatus() {
    return groups(learnersByClaimStatus, "CLAIM_STATUS");
  }

  private List<Group> groups(String query, String kind) {
    return client
        .query(query)
        .fetchAs(Group.class)
        .mappedBy(
            (types, row) -> {
              var concept = row.get("concept");
              var labels =
                  concept.isNull()
                      ? Labels.fromProperties(Map.of())
                      : Labels.fromProperties(concept.asNode().asMap());
              var groupKind =
                  kind != null
                      ? kind
                      : concept.asNode().hasLabel("Occupation") ? "OCCUPATION" : "QUALIFICATION";
              var claims = row.get("claims");
              return new Group(
                  row.get("key").asString(),
                  groupKind,
                  labels,
                  row.get("learners").asLong(),
                  claims.isNull() ? null : claims.asLong());
            })
        .all()
        .stream()
        .toList();
  }

  private static LearningOutcome outcome(Value node) {
    return LearningOutcome.fromProperties(node.asNode().asMap());
  }
}
