// One batch of BROADER relationships (IscoGroup → IscoGroup) of an ESCO release.
UNWIND $rows AS row
MATCH (a:IscoGroup {id: row.from})
MATCH (b:IscoGroup {id: row.to})
CREATE (a)-[:BROADER]->(b)
