MATCH (:Learner {id: $learnerId})-[:MADE]->(c:Claim {id: $id})-[:ABOUT]->(lo:LearningOutcome)
RETURN c, lo
