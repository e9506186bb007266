UNWIND $ids AS id
MATCH (lo:LearningOutcome {id: id})
RETURN lo
