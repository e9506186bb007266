MATCH (l:Learner {id: $learnerId})
CREATE (l)-[:IN_STAGE]->(:GoalStage {
  id: randomUUID(), goalId: $goalId, stage: $stage, at: datetime(), actor: $actor,
  reason: $reason, version: l.version
})
