// One batch of BROADER relationships (LearningOutcome → OutcomeGroup) of an ESCO release.
UNWIND $rows AS row
MATCH (a:LearningOutcome {id: row.from})
MATCH (b:OutcomeGroup {id: row.to})
CREATE (a)-[:BROADER]->(b)
