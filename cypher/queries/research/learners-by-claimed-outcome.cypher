// Per learning outcome: how many distinct learners claim it, and their claims. Counts only: the
// service suppresses groups below the minimum size; no learner property leaves the query.
MATCH (l:Learner)-[:MADE]->(c:Claim)-[:ABOUT]->(lo:LearningOutcome)
RETURN lo.id AS key, lo AS concept, count(DISTINCT l) AS learners, count(DISTINCT c) AS claims
