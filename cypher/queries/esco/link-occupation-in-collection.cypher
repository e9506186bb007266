// One batch of IN_COLLECTION relationships (Occupation → Collection) of an ESCO release.
UNWIND $rows AS row
MATCH (a:Occupation {id: row.from})
MATCH (b:Collection {id: row.to})
CREATE (a)-[:IN_COLLECTION]->(b)
