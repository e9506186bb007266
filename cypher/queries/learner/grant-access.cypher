// A new grant replaces the active one of the same holder and role; both changes are logged.
MATCH (l:Learner {id: $learnerId})
OPTIONAL MATCH (l)-[:GRANTED]->(old:AccessGrant {grantee: $grantee, role: $role})
  WHERE old.revokedAt IS NULL AND (old.expiresAt IS NULL OR old.expiresAt > datetime())
SET old.revokedAt = datetime()
WITH DISTINCT l
CREATE (l)-[:GRANTED]->(g:AccessGrant {
  id: randomUUID(), grantee: $grantee, role: $role, grantedAt: datetime(), expiresAt: $expiresAt
})
CREATE (l)-[:ACCESS_LOGGED]->(:AccessEvent {
  id: randomUUID(), at: datetime(), actor: $actor, action: 'GRANT',
  detail: $role + ' to ' + $grantee + coalesce(' until ' + toString($expiresAt), '')
})
RETURN g
