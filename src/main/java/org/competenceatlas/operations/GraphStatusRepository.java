package org.competenceatlas.operations;

import java.util.List;
import java.util.Map;
import org.competenceatlas.infrastructure.CypherQueries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.NotificationConfig;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Reads what the graph holds, for health checks and the start-up log. */
@Repository
class GraphStatusRepository {

  // The summary names labels an empty or seed-only graph lacks (TaxonomyRelease); the server's
  // "label does not exist" notices would otherwise be logged at every readiness probe.
  private static final SessionConfig QUIET =
      SessionConfig.builder().withNotificationConfig(NotificationConfig.disableAllConfig()).build();

  private final Driver driver;
  private final String taxonomySummary;
  private final String warmUpLeftovers;

  /** A portfolio and the account that owns it. */
  record OwnedLearner(String learnerId, String account) {}

  GraphStatusRepository(Driver driver, CypherQueries queries) {
    this.driver = driver;
    this.taxonomySummary = queries.get("operations/taxonomy-summary");
    this.warmUpLeftovers = queries.get("operations/warm-up-leftovers");
  }

  /** The portfolios whose accounts start with {@code prefix}. */
  List<OwnedLearner> learnersOfAccounts(String prefix) {
    try (var session = driver.session(QUIET)) {
      return session.executeRead(
          tx ->
              tx.run(warmUpLeftovers, Map.of("prefix", prefix))
                  .list(
                      row ->
                          new OwnedLearner(
                              row.get("learnerId").asString(), row.get("account").asString())));
    }
  }

  TaxonomySummary taxonomySummary() {
    try (var session = driver.session(QUIET)) {
      return session.executeRead(
          tx -> {
            var row = tx.run(taxonomySummary).single();
            return new TaxonomySummary(
                row.get("releases")
                    .asList(
                        r ->
                            new TaxonomySummary.Release(
                                text(r.get("version")),
                                text(r.get("source")),
                                text(r.get("importedAt")))),
                row.get("datasets")
                    .asList(
                        d ->
                            new TaxonomySummary.DatasetLoad(
                                text(d.get("name")), text(d.get("loadedAt")))),
                row.get("occupations").asLong(),
                row.get("learningOutcomes").asLong());
          });
    }
  }

  private static String text(Value value) {
    return value.isNull() ? null : value.asObject().toString();
  }
}
