// The outcomes of several units at once (one round trip per GraphQL level).
UNWIND $ids AS id
MATCH (:QualificationUnit {id: id})-[:REQUIRES]->(lo:LearningOutcome)
RETURN id, lo
ORDER BY id, lo.prefLabel_en
