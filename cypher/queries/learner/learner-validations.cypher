// The validations of the learner's claims (or the one with $validationId), newest first.
MATCH (:Learner {id: $learnerId})-[:MADE]->(:Claim)<-[:JUDGED]-(v:Validation)
WHERE $validationId IS NULL OR v.id = $validationId
WITH DISTINCT v
OPTIONAL MATCH (v)-[:BY]->(a:Assessor)
OPTIONAL MATCH (v)-[:AGAINST]->(t)
RETURN v, a, t, CASE WHEN t:Occupation THEN 'OCCUPATION' ELSE 'QUALIFICATION' END AS kind,
       [(v)-[j:JUDGED]->(c:Claim)-[:ABOUT]->(lo:LearningOutcome) |
         {claimId: c.id, result: j.result, outcome: lo}] AS judgements
ORDER BY v.date DESC, v.recordedAt DESC, v.id
