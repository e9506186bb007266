// The outcome hierarchy as child -> parent pairs, with which of them are groups.
MATCH (c)-[:BROADER]->(b)
WHERE (c:LearningOutcome OR c:OutcomeGroup) AND (b:LearningOutcome OR b:OutcomeGroup)
RETURN c.id AS child, b.id AS parent, c:OutcomeGroup AS childIsGroup, b:OutcomeGroup AS parentIsGroup
