// Qualifications with their units and the outcomes each unit requires.
MATCH (q:Qualification)
OPTIONAL MATCH (q)-[:HAS_UNIT]->(u:QualificationUnit)
OPTIONAL MATCH (u)-[:REQUIRES]->(lo:LearningOutcome)
WITH q, u, collect(lo.id) AS outcomes
ORDER BY u.code
RETURN q, collect(CASE WHEN u IS NOT NULL THEN {id: u.id, code: u.code, label: u.prefLabel_en, outcomes: outcomes} END) AS units
