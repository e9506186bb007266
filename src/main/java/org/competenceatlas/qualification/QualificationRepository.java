package org.competenceatlas.qualification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.competenceatlas.infrastructure.CypherQueries;
import org.competenceatlas.infrastructure.ReadTransaction;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.competenceatlas.taxonomy.Occupation;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads qualifications and learning opportunities with {@code cypher/queries/qualification}. */
@Repository
class QualificationRepository {

  private final Neo4jClient client;
  private final CypherQueries queries;
  private final String byId;
  private final String units;
  private final String unitOutcomes;
  private final String preparesFor;
  private final String opportunities;
  private final String opportunityTeaches;
  private final String opportunitiesTeaching;
  private final String qualificationsRequiring;

  QualificationRepository(Neo4jClient client, CypherQueries queries) {
    this.queries = queries;
    this.client = client;
    this.byId = queries.get("qualification/qualification-by-id");
    this.units = queries.get("qualification/qualification-units");
    this.unitOutcomes = queries.get("qualification/unit-outcomes");
    this.preparesFor = queries.get("qualification/qualification-prepares-for");
    this.opportunities = queries.get("qualification/qualification-opportunities");
    this.opportunityTeaches = queries.get("qualification/opportunity-teaches");
    this.opportunitiesTeaching = queries.get("qualification/opportunities-teaching");
    this.qualificationsRequiring = queries.get("qualification/qualifications-requiring");
  }

  @ReadTransaction
  Optional<Qualification> qualification(String id) {
    return client
        .query(byId)
        .bind(id)
        .to("id")
        .fetchAs(Qualification.class)
        .mappedBy((types, row) -> Qualification.fromProperties(row.get("q").asMap()))
        .one();
  }

  @ReadTransaction
  List<QualificationUnit> units(String qualificationId) {
    return client
        .query(units)
        .bind(qualificationId)
        .to("id")
        .fetchAs(QualificationUnit.class)
        .mappedBy((types, row) -> QualificationUnit.fromProperties(row.get("u").asMap()))
        .all()
        .stream()
        .toList();
  }

  @ReadTransaction
  List<Occupation> preparesFor(String qualificationId) {
    return client
        .query(preparesFor)
        .bind(qualificationId)
        .to("id")
        .fetchAs(Occupation.class)
        .mappedBy((types, row) -> Occupation.fromProperties(row.get("o").asMap()))
        .all()
        .stream()
        .toList();
  }

  @ReadTransaction
  List<LearningOpportunity> opportunitiesById(Collection<String> ids) {
    return client
        .query(queries.get("qualification/opportunities-by-id"))
        .bind(List.copyOf(ids))
        .to("ids")
        .fetchAs(LearningOpportunity.class)
        .mappedBy((types, row) -> LearningOpportunity.fromProperties(row.get("lo").asMap()))
        .all()
        .stream()
        .toList();
  }

  @ReadTransaction
  Optional<QualificationUnit.InQualification> unit(String unitId) {
    return client
        .query(queries.get("qualification/unit-by-id"))
        .bind(unitId)
        .to("id")
        .fetchAs(QualificationUnit.InQualification.class)
        .mappedBy(
            (types, row) ->
                new QualificationUnit.InQualification(
                    QualificationUnit.fromProperties(row.get("u").asMap()),
                    Qualification.fromProperties(row.get("q").asMap())))
        .one();
  }

  @ReadTransaction
  List<LearningOpportunity> opportunities(String qualificationId) {
    return client
        .query(opportunities)
        .bind(qualificationId)
        .to("id")
        .fetchAs(LearningOpportunity.class)
        .mappedBy((types, row) -> LearningOpportunity.fromProperties(row.get("lo").asMap()))
        .all()
        .stream()
        .toList();
  }

  @ReadTransaction
  Map<String, List<LearningOutcome>> unitOutcomes(Collection<String> unitIds) {
    return outcomesById(unitOutcomes, unitIds);
  }

  @ReadTransaction
  Map<String, List<LearningOutcome>> taughtOutcomes(Collection<String> opportunityIds) {
    return outcomesById(opportunityTeaches, opportunityIds);
  }

  @ReadTransaction
  List<Teaching<LearningOpportunity>> opportunitiesTeaching(Collection<String> outcomeIds) {
    return teaching(opportunitiesTeaching, outcomeIds, "o", LearningOpportunity::fromProperties);
  }

  @ReadTransaction
  List<Teaching<Qualification>> qualificationsRequiring(Collection<String> outcomeIds) {
    return teaching(qualificationsRequiring, outcomeIds, "q", Qualification::fromProperties);
  }

  private <T> List<Teaching<T>> teaching(
      String cypher,
      Collection<String> outcomeIds,
      String column,
      java.util.function.Function<Map<String, Object>, T> mapper) {
    var result = new ArrayList<Teaching<T>>();
    client
        .query(cypher)
        .bind(List.copyOf(outcomeIds))
        .to("ids")
        .fetch()
        .all()
        .forEach(
            row ->
                result.add(
                    new Teaching<>(
                        mapper.apply(((org.neo4j.driver.types.Node) row.get(column)).asMap()),
                        ((List<?>) row.get("outcomes")).stream().map(String::valueOf).toList())));
    return result;
  }

  private Map<String, List<LearningOutcome>> outcomesById(String cypher, Collection<String> ids) {
    var result = new HashMap<String, List<LearningOutcome>>();
    client
        .query(cypher)
        .bind(List.copyOf(ids))
        .to("ids")
        .fetchAs(Map.Entry.class)
        .mappedBy(
            (types, row) ->
                Map.entry(
                    row.get("id").asString(),
                    LearningOutcome.fromProperties(row.get("lo").asMap())))
        .all()
        .forEach(
            entry ->
                result
                    .computeIfAbsent((String) entry.getKey(), k -> new ArrayList<>())
                    .add((LearningOutcome) entry.getValue()));
    return result;
  }
}
