// One batch of REQUIRES relationships (Occupation → LearningOutcome) of an ESCO release.
UNWIND $rows AS row
MATCH (a:Occupation {id: row.from})
MATCH (b:LearningOutcome {id: row.to})
CREATE (a)-[:REQUIRES {importance: row.importance}]->(b)
