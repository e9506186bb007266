MATCH (:Learner {id: $learnerId})-[:ACCESS_LOGGED]->(e:AccessEvent)
RETURN e
ORDER BY e.at DESC, e.id
SKIP $offset
LIMIT $limit
