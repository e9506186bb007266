// Per claim status: how many distinct learners have a claim with it, and how many such claims.
MATCH (l:Learner)-[:MADE]->(c:Claim)
RETURN coalesce(c.status, 'SELF_ASSESSED') AS key, null AS concept,
       count(DISTINCT l) AS learners, count(DISTINCT c) AS claims
