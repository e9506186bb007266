// Export: the hierarchies between the exported node kinds. BROADER inside the skills pillar
// (outcome → outcome or group, group → group) and the occupation pillar (occupation → occupation,
// ISCO group → ISCO group), and IN_ISCO_GROUP (occupation → its ISCO unit group).
MATCH (a)-[:BROADER]->(b)
WHERE (a:LearningOutcome OR a:OutcomeGroup OR a:Occupation OR a:IscoGroup)
  AND (b:LearningOutcome OR b:OutcomeGroup OR b:Occupation OR b:IscoGroup)
RETURN a.id AS narrower_id, b.id AS broader_id, 'BROADER' AS relationship
UNION ALL
MATCH (o:Occupation)-[:IN_ISCO_GROUP]->(g:IscoGroup)
RETURN o.id AS narrower_id, g.id AS broader_id, 'IN_ISCO_GROUP' AS relationship
