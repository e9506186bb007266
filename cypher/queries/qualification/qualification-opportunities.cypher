// Opportunities leading to the qualification itself or to one of its units.
MATCH (q:Qualification {id: $id})
MATCH (lo:LearningOpportunity)-[:LEADS_TO]->(target)
WHERE target = q OR (q)-[:HAS_UNIT]->(target)
RETURN DISTINCT lo
ORDER BY lo.prefLabel_en
