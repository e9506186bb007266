// One batch of BROADER relationships (IscoGroup → IscoGroup) of an ESCO release.
// Rows are grouped by start node: {from, to: [ids]}.
UNWIND $rows AS row
MATCH (a:IscoGroup {id: row.from})
UNWIND row.to AS to
MATCH (b:IscoGroup {id: to})
CREATE (a)-[:BROADER]->(b)
