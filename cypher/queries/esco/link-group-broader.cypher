// One batch of BROADER relationships (OutcomeGroup → OutcomeGroup) of an ESCO release.
UNWIND $rows AS row
MATCH (a:OutcomeGroup {id: row.from})
MATCH (b:OutcomeGroup {id: row.to})
CREATE (a)-[:BROADER]->(b)
