UNWIND $ids AS id
MATCH (:LearningOpportunity {id: id})-[:TEACHES]->(lo:LearningOutcome)
RETURN id, lo
ORDER BY id, lo.prefLabel_en
