MATCH (:Learner {id: $learnerId})-[:HAD]->(e:Experience {id: $id})
DETACH DELETE e
RETURN count(*) AS removed
