// One batch of HAS_TOP_CONCEPT relationships (ConceptScheme → IscoGroup) of an ESCO release.
// Rows are grouped by start node: {from, to: [ids]}.
UNWIND $rows AS row
MATCH (a:ConceptScheme {id: row.from})
UNWIND row.to AS to
MATCH (b:IscoGroup {id: to})
CREATE (a)-[:HAS_TOP_CONCEPT]->(b)
