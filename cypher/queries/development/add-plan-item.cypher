MATCH (:Learner {id: $learnerId})-[:HAS_PLAN]->(p:DevelopmentPlan {id: $planId, status: 'ACTIVE'})
MATCH (o:LearningOpportunity {id: $opportunityId})
CREATE (p)-[:HAS_ITEM]->(:PlanItem {
  id: $id, position: COUNT { (p)-[:HAS_ITEM]->() }, status: 'PLANNED', outcomeIds: $outcomeIds
})-[:FOLLOWS]->(o)
RETURN p.id AS planId
