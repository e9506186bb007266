// The learner's plans (or the one with $planId), active first, with their items in order.
MATCH (:Learner {id: $learnerId})-[:HAS_PLAN]->(p:DevelopmentPlan)
WHERE $planId IS NULL OR p.id = $planId
RETURN p,
       [(p)-[:HAS_ITEM]->(i:PlanItem)-[:FOLLOWS]->(o:LearningOpportunity) |
         {id: i.id, position: i.position, status: i.status, outcomeIds: i.outcomeIds,
          opportunityId: o.id}] AS items
ORDER BY p.status, p.acceptedAt DESC
