// One batch of BROADER relationships (Occupation → Occupation) of an ESCO release.
// Rows are grouped by start node: {from, to: [ids]}.
UNWIND $rows AS row
MATCH (a:Occupation {id: row.from})
UNWIND row.to AS to
MATCH (b:Occupation {id: to})
CREATE (a)-[:BROADER]->(b)
