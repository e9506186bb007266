MATCH (:Learner {id: $learnerId})-[:HAS_PLAN]->(p:DevelopmentPlan {id: $planId, status: 'ACTIVE'})
MATCH (o:LearningOpportunity {id: $opportunityId})
// After the last item, not at the count of items: a removal leaves a gap, not a free place.
OPTIONAL MATCH (p)-[:HAS_ITEM]->(before:PlanItem)
WITH p, o, coalesce(max(before.position), -1) + 1 AS position
CREATE (p)-[:HAS_ITEM]->(:PlanItem {
  id: $id, position: position, status: 'PLANNED', outcomeIds: $outcomeIds
})-[:FOLLOWS]->(o)
RETURN p.id AS planId
