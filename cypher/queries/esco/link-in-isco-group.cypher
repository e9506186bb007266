// One batch of IN_ISCO_GROUP relationships (Occupation → IscoGroup) of an ESCO release.
// Rows are grouped by start node: {from, to: [ids]}.
UNWIND $rows AS row
MATCH (a:Occupation {id: row.from})
UNWIND row.to AS to
MATCH (b:IscoGroup {id: to})
CREATE (a)-[:IN_ISCO_GROUP]->(b)
