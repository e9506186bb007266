// The outcome hierarchy as child -> parent pairs; a child may have several parents.
MATCH (c)-[:BROADER]->(b)
WHERE (c:LearningOutcome OR c:OutcomeGroup) AND (b:LearningOutcome OR b:OutcomeGroup)
RETURN c.id AS child, b.id AS parent
