MATCH (lo:LearningOutcome {id: $id})
RETURN count(lo) > 0 AS found
