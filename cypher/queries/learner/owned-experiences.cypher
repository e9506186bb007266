MATCH (:Learner {id: $learnerId})-[:HAD]->(e:Experience)
WHERE e.id IN $ids
RETURN e.id AS id
