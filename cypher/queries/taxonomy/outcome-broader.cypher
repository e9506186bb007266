// Direct broader concepts of several outcomes at once (one round trip per GraphQL level).
UNWIND $ids AS id
MATCH (:LearningOutcome {id: id})-[:BROADER]->(b)
RETURN id, b
ORDER BY id, b.prefLabel_en
