package org.competenceatlas.learner;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.competenceatlas.common.OrderedMap;
import org.competenceatlas.infrastructure.CypherQueries;
import org.competenceatlas.infrastructure.ReadTransaction;
import org.competenceatlas.infrastructure.WriteTransaction;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Writes what a portfolio holds: the learner's details, experiences, claims and evidence, with
 * {@code cypher/queries/learner}.
 */
@Repository
class PortfolioRepository {
  /** How many items a portfolio holds, to enforce its limits. */
  record Size(long experiences, long claims, long evidence) {}

  private final Neo4jClient client;
  private final String createLearner;
  private final String updateLearner;
  private final String setGoals;
  private final String knownTargets;
  private final String portfolioSize;
  private final String saveExperience;
  private final String soleSupportClaims;
  private final String removeExperience;
  private final String ownedExperiences;
  private final String ownedClaims;
  private final String outcomeExists;
  private final String outcomeClaimed;
  private final String createClaim;
  private final String updateClaim;
  private final String setClaimExperiences;
  private final String learnerClaim;
  private final String createEvidence;

  PortfolioRepository(Neo4jClient client, CypherQueries queries) {
    this.client = client;
    this.createLearner = queries.get("learner/create-learner");
    this.updateLearner = queries.get("learner/update-learner");
    this.setGoals = queries.get("learner/set-goals");
    this.knownTargets = queries.get("learner/known-targets");
    this.portfolioSize = queries.get("learner/portfolio-size");
    this.saveExperience = queries.get("learner/save-experience");
    this.soleSupportClaims = queries.get("learner/sole-support-claims");
    this.removeExperience = queries.get("learner/remove-experience");
    this.ownedExperiences = queries.get("learner/owned-experiences");
    this.ownedClaims = queries.get("learner/owned-claims");
    this.outcomeExists = queries.get("learner/outcome-exists");
    this.outcomeClaimed = queries.get("learner/outcome-claimed");
    this.createClaim = queries.get("learner/create-claim");
    this.updateClaim = queries.get("learner/update-claim");
    this.setClaimExperiences = queries.get("learner/set-claim-experiences");
    this.learnerClaim = queries.get("learner/learner-claim");
    this.createEvidence = queries.get("learner/create-evidence");
  }

  private Neo4jClient.RunnableSpec query(String cypher, Map<String, Object> parameters) {
    return client.query(cypher).bindAll(parameters);
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
            createLearner,
            OrderedMap.of(
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
    query(updateLearner, OrderedMap.of("id", learnerId, "changes", changes)).run();
  }

  @WriteTransaction
  void setGoals(String learnerId, List<String> goalIds) {
    query(setGoals, OrderedMap.of("id", learnerId, "goalIds", goalIds)).run();
  }

  @ReadTransaction
  Set<String> knownTargets(Collection<String> ids) {
    return Set.copyOf(
        query(knownTargets, OrderedMap.of("ids", List.copyOf(ids))).fetchAs(String.class).all());
  }

  @ReadTransaction
  Size size(String learnerId) {
    return query(portfolioSize, OrderedMap.of("id", learnerId))
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
            saveExperience,
            OrderedMap.of(
                "learnerId", learnerId, "id", id, "create", create, "properties", properties))
        .fetchAs(Experience.class)
        .mappedBy((types, row) -> Experience.fromProperties(row.get("e").asMap()))
        .one();
  }

  @ReadTransaction
  List<String> soleSupportClaims(String learnerId, String experienceId) {
    return List.copyOf(
        query(soleSupportClaims, OrderedMap.of("learnerId", learnerId, "id", experienceId))
            .fetchAs(String.class)
            .all());
  }

  @WriteTransaction
  boolean removeExperience(String learnerId, String experienceId) {
    return query(removeExperience, OrderedMap.of("learnerId", learnerId, "id", experienceId))
            .fetchAs(Long.class)
            .one()
            .orElse(0L)
        > 0;
  }

  @ReadTransaction
  Set<String> ownedExperiences(String learnerId, Collection<String> ids) {
    return Set.copyOf(
        query(ownedExperiences, OrderedMap.of("learnerId", learnerId, "ids", List.copyOf(ids)))
            .fetchAs(String.class)
            .all());
  }

  @ReadTransaction
  Set<String> ownedClaims(String learnerId, Collection<String> ids) {
    return Set.copyOf(
        query(ownedClaims, OrderedMap.of("learnerId", learnerId, "ids", List.copyOf(ids)))
            .fetchAs(String.class)
            .all());
  }

  @ReadTransaction
  boolean outcomeExists(String outcomeId) {
    return query(outcomeExists, OrderedMap.of("id", outcomeId))
        .fetchAs(Boolean.class)
        .one()
        .orElse(false);
  }

  @ReadTransaction
  boolean outcomeClaimed(String learnerId, String outcomeId) {
    return query(outcomeClaimed, OrderedMap.of("learnerId", learnerId, "outcomeId", outcomeId))
        .fetchAs(Boolean.class)
        .one()
        .orElse(false);
  }

  @WriteTransaction
  void createClaim(
      String learnerId, String id, String outcomeId, Proficiency proficiency, String note) {
    query(
            createClaim,
            OrderedMap.of(
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
            updateClaim,
            OrderedMap.of("learnerId", learnerId, "id", claimId, "properties", properties))
        .fetchAs(String.class)
        .one()
        .isPresent();
  }

  @WriteTransaction
  void setClaimExperiences(String learnerId, String claimId, List<String> experienceIds) {
    query(
            setClaimExperiences,
            OrderedMap.of("learnerId", learnerId, "claimId", claimId, "ids", experienceIds))
        .run();
  }

  @ReadTransaction
  Optional<Claim> claim(String learnerId, String claimId) {
    return query(learnerClaim, OrderedMap.of("learnerId", learnerId, "id", claimId))
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
            createEvidence,
            OrderedMap.of(
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
}
