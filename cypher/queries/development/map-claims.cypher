// Every claim of the learner with what the map draws of it, in one query: no per-claim fetches.
MATCH (:Learner {id: $learnerId})-[:MADE]->(c:Claim)-[:ABOUT]->(lo:LearningOutcome)
RETURN c.id AS id, c.status AS status, c.proficiency AS proficiency, lo,
       COUNT { (c)-[:HAS_EVIDENCE]->(:Evidence) } AS evidenceCount,
       [(c)-[:SUPPORTED_BY]->(e:Experience) | e.id] AS experienceIds
ORDER BY lo.prefLabel_en, c.id
