// Whether $actor owns the learner, and the roles of $actor's grants from the learner in force now.
// No row when the learner does not exist.
// The plan stays as first made: grants and access-log lines grow fast under load, which made Neo4j
// replan this query again and again, and every caller of it waited for each new plan.
CYPHER replan=skip
MATCH (l:Learner {id: $learnerId})
OPTIONAL MATCH (l)-[:GRANTED]->(g:AccessGrant {grantee: $actor})
  WHERE g.revokedAt IS NULL AND (g.expiresAt IS NULL OR g.expiresAt > datetime())
RETURN l.account = $actor AS owner, collect(DISTINCT g.role) AS grantedRoles
