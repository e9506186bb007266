MATCH (:IscoGroup {id: $id})-[:BROADER]->(g:IscoGroup)
RETURN g
LIMIT 1
