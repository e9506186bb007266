MATCH (:Learner {id: $learnerId})-[:MADE]->(c:Claim)
WHERE c.id IN $ids
RETURN c.id AS id
