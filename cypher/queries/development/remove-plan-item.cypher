MATCH (:Learner {id: $learnerId})-[:HAS_PLAN]->(p:DevelopmentPlan {status: 'ACTIVE'})-[:HAS_ITEM]->(i:PlanItem {id: $itemId})
DETACH DELETE i
RETURN p.id AS planId
