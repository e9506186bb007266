// One validation with its judgements; only the learner's own claims are judged.
MATCH (a:Assessor {id: $assessorId})
MATCH (t:Occupation|Qualification {id: $againstId})
CREATE (v:Validation {
  id: $id, function: $function, comment: $comment, date: $date, recordedAt: datetime(),
  recordedBy: $actor
})
CREATE (v)-[:BY]->(a)
CREATE (v)-[:AGAINST]->(t)
WITH v
UNWIND $judgements AS judgement
MATCH (:Learner {id: $learnerId})-[:MADE]->(c:Claim {id: judgement.claimId})
CREATE (v)-[:JUDGED {result: judgement.result}]->(c)
RETURN count(*) AS judged
