// Occupations with their requirements; a pair listed as essential and optional counts as essential.
MATCH (o:Occupation)
OPTIONAL MATCH (o)-[r:REQUIRES]->(lo:LearningOutcome)
WITH o, lo, collect(r.importance) AS importances
WITH o,
     collect(CASE WHEN 'essential' IN importances THEN lo.id END) AS essential,
     collect(CASE WHEN lo IS NOT NULL AND NOT 'essential' IN importances THEN lo.id END) AS optional
RETURN o, essential, optional
