// The sources of learning outcomes (esco, seed, ...): the meaning layer links outcomes within one.
MATCH (lo:LearningOutcome)
WHERE lo.source IS NOT NULL
RETURN lo.source AS scope, count(*) AS outcomes
ORDER BY scope
