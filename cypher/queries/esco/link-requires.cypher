// One batch of REQUIRES relationships (Occupation → LearningOutcome) of an ESCO release.
// Rows are grouped by start node: {from, links: [{to, importance}]}.
UNWIND $rows AS row
MATCH (a:Occupation {id: row.from})
UNWIND row.links AS link
MATCH (b:LearningOutcome {id: link.to})
CREATE (a)-[:REQUIRES {importance: link.importance}]->(b)
