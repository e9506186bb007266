// One batch of BROADER relationships (LearningOutcome → OutcomeGroup) of an ESCO release.
// Rows are grouped by start node: {from, to: [ids]}.
UNWIND $rows AS row
MATCH (a:LearningOutcome {id: row.from})
UNWIND row.to AS to
MATCH (b:OutcomeGroup {id: to})
CREATE (a)-[:BROADER]->(b)
