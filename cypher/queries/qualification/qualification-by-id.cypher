MATCH (q:Qualification {id: $id})
RETURN q
