// Ends a grant now (kept for the record, under GRANTED_BEFORE); revoking an ended grant changes
// nothing.
MATCH (l:Learner {id: $learnerId})-[held:GRANTED|GRANTED_BEFORE]->(g:AccessGrant {id: $grantId})
FOREACH (_ IN CASE WHEN g.revokedAt IS NULL THEN [1] ELSE [] END |
  SET g.revokedAt = datetime()
  CREATE (:AccessEvent {
    id: randomUUID(), learnerId: l.id, at: datetime(), actor: $actor, action: 'REVOKE',
    detail: g.role + ' of ' + g.grantee
  })
)
FOREACH (_ IN CASE WHEN type(held) = 'GRANTED' THEN [1] ELSE [] END |
  CREATE (l)-[:GRANTED_BEFORE]->(g)
  DELETE held
)
RETURN g
