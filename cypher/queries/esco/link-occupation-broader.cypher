// One batch of BROADER relationships (Occupation → Occupation) of an ESCO release.
UNWIND $rows AS row
MATCH (a:Occupation {id: row.from})
MATCH (b:Occupation {id: row.to})
CREATE (a)-[:BROADER]->(b)
