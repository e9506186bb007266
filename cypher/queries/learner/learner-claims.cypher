MATCH (:Learner {id: $id})-[:MADE]->(c:Claim)-[:ABOUT]->(lo:LearningOutcome)
RETURN c, lo
ORDER BY lo.prefLabel_en
