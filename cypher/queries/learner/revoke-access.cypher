// Ends a grant now (kept for the record); revoking an ended grant changes nothing.
MATCH (l:Learner {id: $learnerId})-[:GRANTED]->(g:AccessGrant {id: $grantId})
FOREACH (_ IN CASE WHEN g.revokedAt IS NULL THEN [1] ELSE [] END |
  SET g.revokedAt = datetime()
  CREATE (l)-[:ACCESS_LOGGED]->(:AccessEvent {
    id: randomUUID(), at: datetime(), actor: $actor, action: 'REVOKE',
    detail: g.role + ' of ' + g.grantee
  })
)
RETURN g
