// Stores an accepted plan; an active plan for the same goal is superseded, not deleted.
MATCH (l:Learner {id: $learnerId})
OPTIONAL MATCH (l)-[:HAS_PLAN]->(old:DevelopmentPlan {goalId: $goalId, status: 'ACTIVE'})
SET old.status = 'SUPERSEDED'
WITH DISTINCT l
CREATE (l)-[:HAS_PLAN]->(p:DevelopmentPlan {
  id: $id, goalId: $goalId, status: 'ACTIVE', acceptedAt: datetime(), acceptedBy: $actor,
  gapOutcomeIds: $gapOutcomeIds
})
WITH p
UNWIND $items AS item
MATCH (o:LearningOpportunity {id: item.opportunityId})
CREATE (p)-[:HAS_ITEM]->(:PlanItem {
  id: item.id, position: item.position, status: 'PLANNED', outcomeIds: item.outcomeIds
})-[:FOLLOWS]->(o)
