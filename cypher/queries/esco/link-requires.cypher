// One batch of REQUIRES relationships (Occupation → LearningOutcome) of an ESCO release.
// Rows are grouped by start node and importance: {from, importance, to: [ids]}.
UNWIND $rows AS row
MATCH (a:Occupation {id: row.from})
UNWIND row.to AS to
MATCH (b:LearningOutcome {id: to})
CREATE (a)-[:REQUIRES {importance: row.importance}]->(b)
