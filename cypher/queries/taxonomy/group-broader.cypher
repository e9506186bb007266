UNWIND $ids AS id
MATCH (:OutcomeGroup {id: id})-[:BROADER]->(b:OutcomeGroup)
RETURN id, b
ORDER BY id, b.prefLabel_en
