package org.competenceatlas.access;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.competenceatlas.infrastructure.CypherQueries;
import org.competenceatlas.infrastructure.ReadTransaction;
import org.competenceatlas.infrastructure.WriteTransaction;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Grants and the access log, with {@code cypher/queries/access}. */
@Repository
class AccessRepository {

  /** Whether the caller owns the learner, and the grant roles the caller holds from them now. */
  record Decision(boolean owner, Set<GrantRole> grantedRoles) {}

  private final Neo4jClient client;
  private final String decision;
  private final String recordEvent;
  private final String grant;
  private final String revoke;
  private final String grants;
  private final String log;
  private final String received;

  AccessRepository(Neo4jClient client, CypherQueries queries) {
    this.client = client;
    this.decision = queries.get("access/access-decision");
    this.recordEvent = queries.get("access/record-access-event");
    this.grant = queries.get("access/grant-access");
    this.revoke = queries.get("access/revoke-access");
    this.grants = queries.get("access/access-grants");
    this.log = queries.get("access/access-log");
    this.received = queries.get("access/grants-received");
  }

  @ReadTransaction
  Optional<Decision> decision(String learnerId, String actor) {
    return client
        .query(decision)
        .bindAll(new HashMap<>(java.util.Map.of("learnerId", learnerId, "actor", actor)))
        .fetchAs(Decision.class)
        .mappedBy(
            (types, row) ->
                new Decision(
                    row.get("owner").asBoolean(false),
                    row
                        .get("grantedRoles")
                        .asList(value -> GrantRole.valueOf(value.asString()))
                        .stream()
                        .collect(Collectors.toUnmodifiableSet())))
        .one();
  }

  @WriteTransaction
  void record(List<AccessLogWriter.Line> lines) {
    client
        .query(recordEvent)
        .bind(
            lines.stream()
                .map(
                    line -> {
                      var row = new HashMap<String, Object>();
                      row.put("id", line.id());
                      row.put("at", line.at());
                      row.put("learnerId", line.learnerId());
                      row.put("actor", line.actor());
                      row.put("action", line.action());
                      row.put("detail", line.detail());
                      return row;
                    })
                .toList())
        .to("lines")
        .run();
  }

  @WriteTransaction
  Optional<AccessGrant> grant(
      String learnerId, String actor, String grantee, GrantRole role, ZonedDateTime expiresAt) {
    var parameters = new HashMap<String, Object>();
    parameters.put("learnerId", learnerId);
    parameters.put("actor", actor);
    parameters.put("grantee", grantee);
    parameters.put("role", role.name());
    parameters.put("expiresAt", expiresAt);
    return client
        .query(grant)
        .bindAll(parameters)
        .fetchAs(AccessGrant.class)
        .mappedBy((types, row) -> AccessGrant.fromProperties(row.get("g").asMap()))
        .one();
  }

  @WriteTransaction
  Optional<AccessGrant> revoke(String learnerId, String actor, String grantId) {
    return client
        .query(revoke)
        .bind(learnerId)
        .to("learnerId")
        .bind(actor)
        .to("actor")
        .bind(grantId)
        .to("grantId")
        .fetchAs(AccessGrant.class)
        .mappedBy((types, row) -> AccessGrant.fromProperties(row.get("g").asMap()))
        .one();
  }

  @ReadTransaction
  List<AccessGrant> grants(String learnerId) {
    return client
        .query(grants)
        .bind(learnerId)
        .to("learnerId")
        .fetchAs(AccessGrant.class)
        .mappedBy((types, row) -> AccessGrant.fromProperties(row.get("g").asMap()))
        .all()
        .stream()
        .toList();
  }

  @ReadTransaction
  List<AccessEvent> log(String learnerId, int offset, int limit) {
    return client
        .query(log)
        .bind(learnerId)
        .to("learnerId")
        .bind(offset)
        .to("offset")
        .bind(limit)
        .to("limit")
        .fetchAs(AccessEvent.class)
        .mappedBy((types, row) -> AccessEvent.fromProperties(row.get("e").asMap()))
        .all()
        .stream()
        .toList();
  }

  @ReadTransaction
  List<ReceivedGrant> received(String actor) {
    return client
        .query(received)
        .bind(actor)
        .to("actor")
        .fetchAs(ReceivedGrant.class)
        .mappedBy(
            (types, row) ->
                new ReceivedGrant(
                    row.get("learnerId").asString(),
                    row.get("learnerName").asString(""),
                    GrantRole.valueOf(row.get("role").asString()),
                    row.get("expiresAt").isNull() ? null : row.get("expiresAt").asZonedDateTime()))
        .all()
        .stream()
        .toList();
  }
}
