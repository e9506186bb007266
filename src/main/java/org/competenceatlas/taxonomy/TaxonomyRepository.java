package org.competenceatlas.taxonomy;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.competenceatlas.common.Connection.Scored;
import org.competenceatlas.infrastructure.CypherQueries;
import org.competenceatlas.infrastructure.ReadTransaction;
import org.competenceatlas.infrastructure.WriteTransaction;
import org.neo4j.driver.types.Node;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads the taxonomy with the named queries in {@code cypher/queries/taxonomy}. */
@Repository
class TaxonomyRepository {

  private final Neo4jClient client;
  private final String occupationsById;
  private final String occupationIscoGroup;
  private final String iscoGroupBroader;
  private final String occupationOutcomes;
  private final String outcomeRequiredBy;
  private final String outcomesById;
  private final String outcomeBroader;
  private final String outcomeNarrower;
  private final String groupBroader;
  private final String groupNarrower;
  private final String outcomeCollections;
  private final String searchOccupations;
  private final String searchOutcomes;
  private final String deriveOutcomeBreadth;
  private final String taxonomyReleases;

  TaxonomyRepository(Neo4jClient client, CypherQueries queries) {
    this.client = client;
    this.occupationsById = queries.get("taxonomy/occupations-by-id");
    this.occupationIscoGroup = queries.get("taxonomy/occupation-isco-group");
    this.iscoGroupBroader = queries.get("taxonomy/isco-group-broader");
    this.occupationOutcomes = queries.get("taxonomy/occupation-outcomes");
    this.outcomeRequiredBy = queries.get("taxonomy/outcome-required-by");
    this.outcomesById = queries.get("taxonomy/learning-outcomes-by-id");
    this.outcomeBroader = queries.get("taxonomy/outcome-broader");
    this.outcomeNarrower = queries.get("taxonomy/outcome-narrower");
    this.groupBroader = queries.get("taxonomy/group-broader");
    this.groupNarrower = queries.get("taxonomy/group-narrower");
    this.outcomeCollections = queries.get("taxonomy/outcome-collections");
    this.searchOccupations = queries.get("taxonomy/search-occupations");
    this.searchOutcomes = queries.get("taxonomy/search-learning-outcomes");
    this.deriveOutcomeBreadth = queries.get("taxonomy/derive-outcome-breadth");
    this.taxonomyReleases = queries.get("taxonomy/taxonomy-releases");
  }

  @ReadTransaction
  List<Occupation> occupations(Collection<String> ids) {
    return client
        .query(occupationsById)
        .bind(List.copyOf(ids))
        .to("ids")
        .fetchAs(Occupation.class)
        .mappedBy((types, row) -> Occupation.fromProperties(row.get("o").asMap()))
        .all()
        .stream()
        .toList();
  }

  @ReadTransaction
  List<LearningOutcome> outcomes(Collection<String> ids) {
    return client
        .query(outcomesById)
        .bind(List.copyOf(ids))
        .to("ids")
        .fetchAs(LearningOutcome.class)
        .mappedBy((types, row) -> LearningOutcome.fromProperties(row.get("lo").asMap()))
        .all()
        .stream()
        .toList();
  }

  @ReadTransaction
  Optional<IscoGroup> iscoGroupOf(String occupationId) {
    return client
        .query(occupationIscoGroup)
        .bind(occupationId)
        .to("id")
        .fetchAs(IscoGroup.class)
        .mappedBy((types, row) -> IscoGroup.fromProperties(row.get("g").asMap()))
        .one();
  }

  @ReadTransaction
  Optional<IscoGroup> broaderIscoGroup(String groupId) {
    return client
        .query(iscoGroupBroader)
        .bind(groupId)
        .to("id")
        .fetchAs(IscoGroup.class)
        .mappedBy((types, row) -> IscoGroup.fromProperties(row.get("g").asMap()))
        .one();
  }

  @ReadTransaction
  List<OutcomeRequirement> requiredOutcomes(String occupationId, Importance importance) {
    return client
        .query(occupationOutcomes)
        .bindAll(importanceParameters(occupationId, importance))
        .fetchAs(OutcomeRequirement.class)
        .mappedBy(
            (types, row) ->
                new OutcomeRequirement(
                    LearningOutcome.fromProperties(row.get("lo").asMap()),
                    Importance.fromGraph(row.get("importance").asString())))
        .all()
        .stream()
        .toList();
  }

  @ReadTransaction
  List<OccupationRequirement> requiringOccupations(String outcomeId, Importance importance) {
    return client
        .query(outcomeRequiredBy)
        .bindAll(importanceParameters(outcomeId, importance))
        .fetchAs(OccupationRequirement.class)
        .mappedBy(
            (types, row) ->
                new OccupationRequirement(
                    Occupation.fromProperties(row.get("o").asMap()),
                    Importance.fromGraph(row.get("importance").asString())))
        .all()
        .stream()
        .toList();
  }

  @ReadTransaction
  Map<String, List<SkillConcept>> outcomeBroader(Collection<String> ids) {
    return conceptsById(outcomeBroader, ids, "b");
  }

  @ReadTransaction
  Map<String, List<SkillConcept>> outcomeNarrower(Collection<String> ids) {
    return conceptsById(outcomeNarrower, ids, "n");
  }

  @ReadTransaction
  Map<String, List<SkillConcept>> groupBroader(Collection<String> ids) {
    return conceptsById(groupBroader, ids, "b");
  }

  @ReadTransaction
  Map<String, List<SkillConcept>> groupNarrower(Collection<String> ids) {
    return conceptsById(groupNarrower, ids, "n");
  }

  @ReadTransaction
  Map<String, List<String>> collections(Collection<String> ids) {
    var result = new HashMap<String, List<String>>();
    client
        .query(outcomeCollections)
        .bind(List.copyOf(ids))
        .to("ids")
        .fetch()
        .all()
        .forEach(
            row ->
                result
                    .computeIfAbsent((String) row.get("id"), k -> new java.util.ArrayList<>())
                    .add((String) row.get("collection")));
    return result;
  }

  @ReadTransaction
  List<Scored<Occupation>> searchOccupations(String luceneQuery, int skip, int limit) {
    return search(searchOccupations, luceneQuery, skip, limit, Occupation::fromProperties);
  }

  @ReadTransaction
  List<Scored<LearningOutcome>> searchOutcomes(String luceneQuery, int skip, int limit) {
    return search(searchOutcomes, luceneQuery, skip, limit, LearningOutcome::fromProperties);
  }

  @ReadTransaction
  List<TaxonomyRelease> releases() {
    return client
        .query(taxonomyReleases)
        .fetchAs(TaxonomyRelease.class)
        .mappedBy((types, row) -> TaxonomyRelease.fromProperties(row.get("r").asMap()))
        .all()
        .stream()
        .toList();
  }

  @WriteTransaction
  long deriveOutcomeBreadth() {
    return client
        .query(deriveOutcomeBreadth)
        .fetchAs(Long.class)
        .mappedBy((types, row) -> row.get("outcomes").asLong())
        .one()
        .orElse(0L);
  }

  private <T> List<Scored<T>> search(
      String cypher,
      String luceneQuery,
      int skip,
      int limit,
      Function<Map<String, Object>, T> mapper) {
    return client
        .query(cypher)
        .bindAll(Map.of("query", luceneQuery, "skip", skip, "limit", limit))
        .fetchAs(Scored.class)
        .mappedBy(
            (types, row) ->
                new Scored<>(mapper.apply(row.get("node").asMap()), row.get("score").asDouble()))
        .all()
        .stream()
        .map(scored -> (Scored<T>) scored)
        .toList();
  }

  private Map<String, List<SkillConcept>> conceptsById(
      String cypher, Collection<String> ids, String column) {
    var result = new LinkedHashMap<String, List<SkillConcept>>();
    client
        .query(cypher)
        .bind(List.copyOf(ids))
        .to("ids")
        .fetchAs(Map.Entry.class)
        .mappedBy(
            (types, row) -> {
              Node node = row.get(column).asNode();
              return Map.entry(
                  row.get("id").asString(), SkillConcept.fromNode(node.labels(), node.asMap()));
            })
        .all()
        .forEach(
            entry ->
                result
                    .computeIfAbsent((String) entry.getKey(), k -> new java.util.ArrayList<>())
                    .add((SkillConcept) entry.getValue()));
    return result;
  }

  private static Map<String, Object> importanceParameters(String id, Importance importance) {
    var parameters = new HashMap<String, Object>();
    parameters.put("id", id);
    parameters.put("importance", importance == null ? null : importance.toGraph());
    return parameters;
  }
}
