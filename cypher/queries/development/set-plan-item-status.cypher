MATCH (:Learner {id: $learnerId})-[:HAS_PLAN]->(p:DevelopmentPlan {status: 'ACTIVE'})-[:HAS_ITEM]->(i:PlanItem {id: $itemId})
SET i.status = $status
RETURN p.id AS planId
