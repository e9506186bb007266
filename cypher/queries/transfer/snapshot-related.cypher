MATCH (a:LearningOutcome)-[r:RELATED]->(b:LearningOutcome)
RETURN a.id AS from, b.id AS to, r.importance AS importance
