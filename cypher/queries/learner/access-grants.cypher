MATCH (:Learner {id: $learnerId})-[:GRANTED]->(g:AccessGrant)
RETURN g
ORDER BY g.grantedAt DESC, g.id
