// One batch of IN_ISCO_GROUP relationships (Occupation → IscoGroup) of an ESCO release.
UNWIND $rows AS row
MATCH (a:Occupation {id: row.from})
MATCH (b:IscoGroup {id: row.to})
CREATE (a)-[:IN_ISCO_GROUP]->(b)
