MATCH (l:Learner {id: $id})
RETURN elementId(l) AS nodeId
