// A new grant replaces the grant of the same holder and role: an active one is revoked, and any
// earlier one of theirs moves to GRANTED_BEFORE, so GRANTED keeps one grant per holder and role.
// The new grant is logged.
MATCH (l:Learner {id: $learnerId})
OPTIONAL MATCH (l)-[held:GRANTED]->(old:AccessGrant {grantee: $grantee, role: $role})
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
CREATE (l)-[:ACCESS_LOGGED]->(:AccessEvent {
  id: randomUUID(), at: datetime(), actor: $actor, action: 'GRANT',
  detail: $role + ' to ' + $grantee + coalesce(' until ' + toString($expiresAt), '')
})
RETURN g
