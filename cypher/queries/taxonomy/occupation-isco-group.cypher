MATCH (:Occupation {id: $id})-[:IN_ISCO_GROUP]->(g:IscoGroup)
RETURN g
LIMIT 1
