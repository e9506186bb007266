// The occupations requiring an outcome, essential first; a pair listed twice counts as essential.
MATCH (o:Occupation)-[r:REQUIRES]->(:LearningOutcome {id: $id})
WITH o, collect(r.importance) AS importances
WITH o, CASE WHEN 'essential' IN importances THEN 'essential' ELSE 'optional' END AS importance
WHERE $importance IS NULL OR importance = $importance
RETURN o, importance
ORDER BY importance, o.prefLabel_en
