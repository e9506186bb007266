MATCH (:Learner {id: $learnerId})-[:MADE]->(c:Claim {id: $id})
SET c += $properties
RETURN c.id AS id
