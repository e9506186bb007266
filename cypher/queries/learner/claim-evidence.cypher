UNWIND $ids AS id
MATCH (:Claim {id: id})-[:HAS_EVIDENCE]->(ev:Evidence)
RETURN id, ev
ORDER BY id, ev.date DESC
