// One batch of HAS_TOP_CONCEPT relationships (ConceptScheme → OutcomeGroup) of an ESCO release.
UNWIND $rows AS row
MATCH (a:ConceptScheme {id: row.from})
MATCH (b:OutcomeGroup {id: row.to})
CREATE (a)-[:HAS_TOP_CONCEPT]->(b)
