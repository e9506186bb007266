// Whether $actor owns the learner, and the roles of $actor's grants from the learner in force now.
// No row when the learner does not exist.
// The plan stays as first made: grants and access-log lines grow fast under load, which made Neo4j
// replan this query again and again, and every caller of it waited for each new plan.
// The grant has no label on purpose (GRANTED leads only to grants): with AccessGrant named, Neo4j
// planned on a young database to seek every grant $actor ever received, from every learner, and
// kept that plan, so an adviser's every request grew slower with each grant (docs/reliability.md,
// "The late slowdown"). From the learner, only its grants in force are read.
CYPHER replan=skip
MATCH (l:Learner {id: $learnerId})
OPTIONAL MATCH (l)-[:GRANTED]->(g)
  WHERE g.grantee = $actor AND g.revokedAt IS NULL
    AND (g.expiresAt IS NULL OR g.expiresAt > datetime())
RETURN l.account = $actor AS owner, collect(DISTINCT g.role) AS grantedRoles
