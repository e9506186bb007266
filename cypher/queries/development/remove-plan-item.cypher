MATCH (:Learner {id: $learnerId})-[:HAS_PLAN]->(p:DevelopmentPlan)-[:HAS_ITEM]->(i:PlanItem {id: $itemId})
DETACH DELETE i
RETURN p.id AS planId
