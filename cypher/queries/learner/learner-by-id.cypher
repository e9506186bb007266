MATCH (l:Learner {id: $id})
RETURN l
