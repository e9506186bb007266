// Every grant the learner has made, in force (GRANTED) or ended (GRANTED_BEFORE), newest first.
MATCH (:Learner {id: $learnerId})-[:GRANTED|GRANTED_BEFORE]->(g:AccessGrant)
RETURN g
ORDER BY g.grantedAt DESC, g.id
