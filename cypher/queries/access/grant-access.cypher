// A new grant replaces the grant of the same holder and role: an active one is revoked, and any
// earlier one of theirs moves to GRANTED_BEFORE, so GRANTED keeps one grant per holder and role.
// The new grant is logged. The caller holds the learner's write lock, so no other grant of the
// learner can replace the same earlier grant at the same time.
// The plan stays as first made: grants and access-log lines grow fast under load, which made Neo4j
// replan this query again and again, and every caller of it waited for each new plan. The earlier
// grant has no label for the reason given in access-decision.cypher: from the learner, only its
// grants in force are read, not every grant the holder ever received.
CYPHER replan=skip
MATCH (l:Learner {id: $learnerId})
OPTIONAL MATCH (l)-[held:GRANTED]->(old)
  WHERE old.grantee = $grantee AND old.role = $role
FOREACH (_ IN CASE WHEN old IS NOT NULL AND old.revokedAt IS NULL
                        AND (old.expiresAt IS NULL OR old.expiresAt > datetime()) THEN [1]
                   ELSE [] END |
  SET old.revokedAt = datetime()
)
FOREACH (_ IN CASE WHEN old IS NULL THEN [] ELSE [1] END |
  CREATE (l)-[:GRANTED_BEFORE]->(old)
  DELETE held
)
WITH DISTINCT l
CREATE (l)-[:GRANTED]->(g:AccessGrant {
  id: randomUUID(), grantee: $grantee, role: $role, grantedAt: datetime(), expiresAt: $expiresAt
})
CREATE (:AccessEvent {
  id: randomUUID(), learnerId: l.id, at: datetime(), actor: $actor, action: 'GRANT',
  detail: $role + ' to ' + $grantee + coalesce(' until ' + toString($expiresAt), '')
          + ' (grant ' + g.id + ')'
})
RETURN g
