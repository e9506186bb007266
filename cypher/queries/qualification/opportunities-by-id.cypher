MATCH (lo:LearningOpportunity)
WHERE lo.id IN $ids
RETURN lo
