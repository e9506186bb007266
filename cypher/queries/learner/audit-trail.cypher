MATCH (:Learner {id: $learnerId})-[:AUDIT_LOGGED]->(e:AuditEvent)
RETURN e
ORDER BY e.version DESC, e.at DESC, e.id
SKIP $offset
LIMIT $limit
