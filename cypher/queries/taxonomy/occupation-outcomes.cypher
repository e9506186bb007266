// An occupation's required outcomes, essential first. ESCO lists a few pairs as both essential
// and optional: such a pair counts once, as essential.
MATCH (:Occupation {id: $id})-[r:REQUIRES]->(lo:LearningOutcome)
WITH lo, collect(r.importance) AS importances
WITH lo, CASE WHEN 'essential' IN importances THEN 'essential' ELSE 'optional' END AS importance
WHERE $importance IS NULL OR importance = $importance
RETURN lo, importance
ORDER BY importance, lo.prefLabel_en
