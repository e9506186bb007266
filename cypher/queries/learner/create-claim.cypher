MATCH (l:Learner {id: $learnerId})
MATCH (lo:LearningOutcome {id: $outcomeId})
CREATE (l)-[:MADE]->(c:Claim {
  id: $id, proficiency: $proficiency, note: $note, status: 'SELF_ASSESSED', createdAt: datetime()
})-[:ABOUT]->(lo)
RETURN c.id AS id
