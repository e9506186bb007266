MATCH (l:Learner {id: $id})
SET l += $changes
RETURN l
