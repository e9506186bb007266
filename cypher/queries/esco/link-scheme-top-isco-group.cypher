// One batch of HAS_TOP_CONCEPT relationships (ConceptScheme → IscoGroup) of an ESCO release.
UNWIND $rows AS row
MATCH (a:ConceptScheme {id: row.from})
MATCH (b:IscoGroup {id: row.to})
CREATE (a)-[:HAS_TOP_CONCEPT]->(b)
