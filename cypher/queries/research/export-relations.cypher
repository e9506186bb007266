// Export: ESCO's skill-to-skill relations, as stated (one direction; the transfer engine reads them
// both ways).
MATCH (a:LearningOutcome)-[r:RELATED]->(b:LearningOutcome)
RETURN a.id AS from_id, b.id AS to_id, r.importance AS importance
