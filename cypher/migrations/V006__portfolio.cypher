// The portfolio's own nodes: audit-trail entries, cycle stages, development plans and their items
// are addressed by id; stages are looked up per learner and goal.
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT goal_stage_id IF NOT EXISTS FOR (n:GoalStage) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT development_plan_id IF NOT EXISTS FOR (n:DevelopmentPlan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT plan_item_id IF NOT EXISTS FOR (n:PlanItem) REQUIRE n.id IS UNIQUE;
