// Per goal (an occupation or a qualification): how many distinct learners hold it. Counts only.
MATCH (l:Learner)-[:HAS_GOAL]->(g)
WHERE g:Occupation OR g:Qualification
RETURN g.id AS key, g AS concept, count(DISTINCT l) AS learners, null AS claims
