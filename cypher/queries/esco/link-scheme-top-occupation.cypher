// One batch of HAS_TOP_CONCEPT relationships (ConceptScheme → Occupation) of an ESCO release.
// Rows are grouped by start node: {from, to: [ids]}.
UNWIND $rows AS row
MATCH (a:ConceptScheme {id: row.from})
UNWIND row.to AS to
MATCH (b:Occupation {id: to})
CREATE (a)-[:HAS_TOP_CONCEPT]->(b)
