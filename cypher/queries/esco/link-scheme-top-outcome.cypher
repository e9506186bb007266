// One batch of HAS_TOP_CONCEPT relationships (ConceptScheme → LearningOutcome) of an ESCO release.
UNWIND $rows AS row
MATCH (a:ConceptScheme {id: row.from})
MATCH (b:LearningOutcome {id: row.to})
CREATE (a)-[:HAS_TOP_CONCEPT]->(b)
