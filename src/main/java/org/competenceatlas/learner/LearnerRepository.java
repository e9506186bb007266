package org.competenceatlas.learner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.competenceatlas.common.Labels;
import org.competenceatlas.infrastructure.CypherQueries;
import org.competenceatlas.infrastructure.ReadTransaction;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads learners' portfolios with {@code cypher/queries/learner}. */
@Repository
class LearnerRepository {

  private final Neo4jClient client;
  private final String byId;
  private final String goals;
  private final String experiences;
  private final String claims;
  private final String claimExperiences;
  private final String claimEvidence;
  private final String portfolio;
  private final String claimedOutcomes;
  private final String byAccount;

  LearnerRepository(Neo4jClient client, CypherQueries queries) {
    this.client = client;
    this.byId = queries.get("learner/learner-by-id");
    this.goals = queries.get("learner/learner-goals");
    this.experiences = queries.get("learner/learner-experiences");
    this.claims = queries.get("learner/learner-claims");
    this.claimExperiences = queries.get("learner/claim-experiences");
    this.claimEvidence = queries.get("learner/claim-evidence");
    this.portfolio = queries.get("learner/learner-portfolio");
    this.claimedOutcomes = queries.get("learner/learner-claimed-outcomes");
    this.byAccount = queries.get("learner/learner-by-account");
  }

  @ReadTransaction
  Optional<Learner> ownedBy(String account) {
    return client
        .query(byAccount)
        .bind(account)
        .to("account")
        .fetchAs(Learner.class)
        .mappedBy((types, row) -> Learner.fromProperties(row.get("l").asMap()))
        .one();
  }

  @ReadTransaction
  Optional<Learner> learner(String id) {
    return client
        .query(byId)
        .bind(id)
        .to("id")
        .fetchAs(Learner.class)
        .mappedBy((types, row) -> Learner.fromProperties(row.get("l").asMap()))
        .one();
  }

  @ReadTransaction
  List<Goal> goals(String learnerId) {
    return client
        .query(goals)
        .bind(learnerId)
        .to("id")
        .fetchAs(Goal.class)
        .mappedBy(
            (types, row) -> {
              var goal = row.get("g").asMap();
              return new Goal(
                  (String) goal.get("id"), row.get("kind").asString(), Labels.fromProperties(goal));
            })
        .all()
        .stream()
        .toList();
  }

  @ReadTransaction
  List<Experience> experiences(String learnerId) {
    return client
        .query(experiences)
        .bind(learnerId)
        .to("id")
        .fetchAs(Experience.class)
        .mappedBy((types, row) -> Experience.fromProperties(row.get("e").asMap()))
        .all()
        .stream()
        .toList();
  }

  @ReadTransaction
  List<Claim> claims(String learnerId) {
    return client
        .query(claims)
        .bind(learnerId)
        .to("id")
        .fetchAs(Claim.class)
        .mappedBy(
            (types, row) ->
                Claim.fromProperties(
                    row.get("c").asMap(), LearningOutcome.fromProperties(row.get("lo").asMap())))
        .all()
        .stream()
        .toList();
  }

  @ReadTransaction
  Optional<PortfolioOutline> portfolio(String learnerId) {
    return client
        .query(portfolio)
        .bind(learnerId)
        .to("id")
        .fetchAs(PortfolioOutline.class)
        .mappedBy(
            (types, row) ->
                new PortfolioOutline(
                    Learner.fromProperties(row.get("l").asMap()),
                    row.get("experiences").asList(e -> Experience.fromProperties(e.asMap())),
                    row.get("claims")
                        .asList(
                            c ->
                                new PortfolioOutline.ClaimOutline(
                                    c.get("id").asString(),
                                    c.get("outcomeId").asString(),
                                    c.get("status").asString(null),
                                    c.get("proficiency").asString(null),
                                    c.get("evidenceCount").asInt(),
                                    c.get("experienceIds").asList(Value::asString)))))
        .one();
  }

  @ReadTransaction
  Optional<ClaimedOutcomes> claimedOutcomes(String learnerId) {
    return client
        .query(claimedOutcomes)
        .bind(learnerId)
        .to("id")
        .fetchAs(ClaimedOutcomes.class)
        .mappedBy(
            (types, row) ->
                new ClaimedOutcomes(
                    learnerId,
                    row.get("displayName").asString(null),
                    row.get("claims")
                        .asList(
                            c ->
                                new ClaimedOutcomes.ClaimedOutcome(
                                    c.get("outcomeId").asString(),
                                    c.get("status").asString(null)))))
        .one();
  }

  @ReadTransaction
  Map<String, List<Experience>> claimExperiences(Collection<String> claimIds) {
    return byClaim(claimExperiences, claimIds, "e", Experience::fromProperties);
  }

  @ReadTransaction
  Map<String, List<Evidence>> claimEvidence(Collection<String> claimIds) {
    return byClaim(claimEvidence, claimIds, "ev", Evidence::fromProperties);
  }

  private <T> Map<String, List<T>> byClaim(
      String cypher,
      Collection<String> claimIds,
      String column,
      Function<Map<String, Object>, T> mapper) {
    var result = new HashMap<String, List<T>>();
    client
        .query(cypher)
        .bind(List.copyOf(claimIds))
        .to("ids")
        .fetch()
        .all()
        .forEach(
            row -> {
              @SuppressWarnings("unchecked")
              var node = (org.neo4j.driver.types.Node) row.get(column);
              result
                  .computeIfAbsent((String) row.get("id"), k -> new ArrayList<>())
                  .add(mapper.apply(node.asMap()));
            });
    return result;
  }
}
