// One batch of IN_COLLECTION relationships (LearningOutcome → Collection) of an ESCO release.
UNWIND $rows AS row
MATCH (a:LearningOutcome {id: row.from})
MATCH (b:Collection {id: row.to})
CREATE (a)-[:IN_COLLECTION]->(b)
