// One batch of BROADER relationships (LearningOutcome → LearningOutcome) of an ESCO release.
UNWIND $rows AS row
MATCH (a:LearningOutcome {id: row.from})
MATCH (b:LearningOutcome {id: row.to})
CREATE (a)-[:BROADER]->(b)
