// One batch of RELATED relationships (LearningOutcome → LearningOutcome) of an ESCO release.
// Rows are grouped by start node and importance: {from, importance, to: [ids]}.
UNWIND $rows AS row
MATCH (a:LearningOutcome {id: row.from})
UNWIND row.to AS to
MATCH (b:LearningOutcome {id: to})
CREATE (a)-[:RELATED {importance: row.importance}]->(b)
