// One batch of RELATED relationships (LearningOutcome → LearningOutcome) of an ESCO release.
// Rows are grouped by start node: {from, links: [{to, importance}]}.
UNWIND $rows AS row
MATCH (a:LearningOutcome {id: row.from})
UNWIND row.links AS link
MATCH (b:LearningOutcome {id: link.to})
CREATE (a)-[:RELATED {importance: link.importance}]->(b)
