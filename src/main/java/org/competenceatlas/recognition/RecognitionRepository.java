package org.competenceatlas.recognition;

import java.util.List;
import java.util.Map;
import org.competenceatlas.infrastructure.CypherQueries;
import org.competenceatlas.infrastructure.ReadTransaction;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The label index queries of recognition's full-text fallback ({@code cypher/queries/recognition}).
 */
@Repository
class RecognitionRepository {

  private final Neo4jClient client;
  private final String labelsFullText;

  RecognitionRepository(Neo4jClient client, CypherQueries queries) {
    this.client = client;
    this.labelsFullText = queries.get("recognition/labels-full-text");
  }

  /** The outcomes the full-text index finds for a Lucene query, best first. */
  @ReadTransaction
  List<SuggestionRanking.Hit> searchLabels(String luceneQuery, int limit) {
    return List.copyOf(
        client
            .query(labelsFullText)
            .bindAll(Map.of("query", luceneQuery, "limit", limit))
            .fetchAs(SuggestionRanking.Hit.class)
            .mappedBy(
                (t, r) ->
                    new SuggestionRanking.Hit(
                        r.get("id").asString(),
                        (float) r.get("score").asDouble(),
                        (float) r.get("score").asDouble()))
            .all());
  }
}
