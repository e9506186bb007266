package org.competenceatlas.transfer;

import java.util.List;
import org.competenceatlas.common.Labels;
import org.competenceatlas.infrastructure.CypherQueries;
import org.competenceatlas.infrastructure.ReadTransaction;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.competenceatlas.taxonomy.Occupation;
import org.competenceatlas.taxonomy.OutcomeGroup;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads the taxonomy into a {@link TaxonomySnapshot} with {@code cypher/queries/transfer}. */
@Repository
class TransferRepository {

  private final Neo4jClient client;
  private final String outcomes;
  private final String groups;
  private final String broader;
  private final String related;
  private final String similar;
  private final String occupations;
  private final String qualifications;
  private final String stamp;

  TransferRepository(Neo4jClient client, CypherQueries queries) {
    this.client = client;
    this.outcomes = queries.get("transfer/snapshot-outcomes");
    this.groups = queries.get("transfer/snapshot-groups");
    this.broader = queries.get("transfer/snapshot-broader");
    this.related = queries.get("transfer/snapshot-related");
    this.similar = queries.get("transfer/snapshot-similar");
    this.occupations = queries.get("transfer/snapshot-occupations");
    this.qualifications = queries.get("transfer/snapshot-qualifications");
    this.stamp = queries.get("transfer/taxonomy-stamp");
  }

  @ReadTransaction
  String stamp() {
    return client
        .query(stamp)
        .fetchAs(String.class)
        .mappedBy((types, row) -> row.asMap().toString())
        .one()
        .orElse("");
  }

  /** All reads in one transaction, so the snapshot is of one state of the graph. */
  @ReadTransaction
  TaxonomySnapshot snapshot() {
    var currentStamp = stamp();
    var outcomeList =
        client
            .query(outcomes)
            .fetchAs(LearningOutcome.class)
            .mappedBy((types, row) -> LearningOutcome.fromProperties(row.get("lo").asMap()))
            .all()
            .stream()
            .toList();
    var groupList =
        client
            .query(groups)
            .fetchAs(OutcomeGroup.class)
            .mappedBy((types, row) -> OutcomeGroup.fromProperties(row.get("g").asMap()))
            .all()
            .stream()
            .toList();
    var broaderPairs =
        client
            .query(broader)
            .fetchAs(SnapshotData.BroaderPair.class)
            .mappedBy(
                (types, row) ->
                    new SnapshotData.BroaderPair(
                        row.get("child").asString(), row.get("parent").asString()))
            .all()
            .stream()
            .toList();
    var relatedPairs =
        client
            .query(related)
            .fetchAs(SnapshotData.RelatedPair.class)
            .mappedBy(
                (types, row) ->
                    new SnapshotData.RelatedPair(
                        row.get("from").asString(),
                        row.get("to").asString(),
                        row.get("importance").asString(null)))
            .all()
            .stream()
            .toList();
    var similarPairs =
        client
            .query(similar)
            .fetchAs(SnapshotData.SimilarPair.class)
            .mappedBy(
                (types, row) ->
                    new SnapshotData.SimilarPair(
                        row.get("from").asString(),
                        row.get("to").asString(),
                        row.get("score").asDouble(),
                        row.get("via").asString(null)))
            .all()
            .stream()
            .toList();
    var occupationRows =
        client
            .query(occupations)
            .fetchAs(SnapshotData.OccupationRow.class)
            .mappedBy(
                (types, row) -> {
                  var node = row.get("o").asMap();
                  return new SnapshotData.OccupationRow(
                      Occupation.fromProperties(node),
                      strings(row.get("essential")),
                      strings(row.get("optional")),
                      "deprecated".equals(node.get("status")));
                })
            .all()
            .stream()
            .toList();
    var qualificationRows =
        client
            .query(qualifications)
            .fetchAs(SnapshotData.QualificationRow.class)
            .mappedBy(
                (types, row) -> {
                  var node = row.get("q").asMap();
                  var units =
                      row.get("units")
                          .asList(
                              unit ->
                                  new SnapshotData.UnitRow(
                                      unit.get("id").asString(),
                                      unit.get("code").asString(null),
                                      unit.get("label").asString(null),
                                      strings(unit.get("outcomes"))));
                  return new SnapshotData.QualificationRow(
                      (String) node.get("id"), Labels.fromProperties(node), units);
                })
            .all()
            .stream()
            .toList();
    return new TaxonomySnapshot(
        new SnapshotData(
            currentStamp,
            outcomeList,
            groupList,
            broaderPairs,
            relatedPairs,
            similarPairs,
            occupationRows,
            qualificationRows));
  }

  private static List<String> strings(Value value) {
    return value.asList(Value::asString);
  }
}
