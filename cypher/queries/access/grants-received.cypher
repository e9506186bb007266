// The learners whose grant to $actor is in force now.
MATCH (l:Learner)-[:GRANTED]->(g:AccessGrant {grantee: $actor})
WHERE g.revokedAt IS NULL AND (g.expiresAt IS NULL OR g.expiresAt > datetime())
RETURN l.id AS learnerId, l.displayName AS learnerName, g.role AS role, g.expiresAt AS expiresAt
ORDER BY learnerName, role
