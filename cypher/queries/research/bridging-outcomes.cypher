// The outcomes that connect most ISCO major groups (first digit of the ISCO code): for each outcome
// the occupations requiring it, grouped by major group. participation = 1 - Σ share², the
// participation coefficient of network science: 0 when every requiring occupation sits in one major
// group, towards 1 when they spread evenly over many. Deprecated occupations require nothing.
MATCH (o:Occupation)-[r:REQUIRES]->(lo:LearningOutcome)
WHERE o.iscoCode IS NOT NULL
  AND coalesce(o.status, 'released') <> 'deprecated'
  AND (NOT $essentialOnly OR r.importance = 'essential')
WITH lo, left(o.iscoCode, 1) AS majorGroup, count(DISTINCT o) AS occupations
WITH lo, count(majorGroup) AS majorGroups, sum(occupations) AS occupations,
     collect(occupations) AS perGroup
WITH lo, majorGroups, occupations,
     1.0 - reduce(s = 0.0, n IN perGroup | s + (toFloat(n) / occupations) ^ 2) AS participation
RETURN lo, majorGroups, occupations, participation
ORDER BY
  CASE WHEN $orderBy = 'PARTICIPATION' THEN participation ELSE majorGroups END DESC,
  CASE WHEN $orderBy = 'PARTICIPATION' THEN majorGroups ELSE participation END DESC,
  occupations DESC, lo.id
SKIP $skip
LIMIT $limit
