// One batch of IN_COLLECTION relationships (Occupation → Collection) of an ESCO release.
// Rows are grouped by start node: {from, to: [ids]}.
UNWIND $rows AS row
MATCH (a:Occupation {id: row.from})
UNWIND row.to AS to
MATCH (b:Collection {id: to})
CREATE (a)-[:IN_COLLECTION]->(b)
