// The outcomes most often required by the same occupations as $id. together: occupations requiring
// both; jaccard: together / occupations requiring either; lift: how many times more often the two
// go together than if occupations picked them independently (together · N / (nA · nB)), N being the
// occupations with any requirement. Occupations are counted, not relationships: ESCO states a few
// requirements both as essential and as optional. One row with a null lo when nothing qualifies,
// to carry nA.
MATCH (a:LearningOutcome {id: $id})
OPTIONAL MATCH (o:Occupation)-[ra:REQUIRES]->(a)
WHERE coalesce(o.status, 'released') <> 'deprecated'
  AND (NOT $essentialOnly OR ra.importance = 'essential')
WITH a, collect(DISTINCT o) AS withA
WITH a, withA, size(withA) AS nA,
     COUNT {
       MATCH (x:Occupation)
       WHERE coalesce(x.status, 'released') <> 'deprecated'
         AND EXISTS {
           MATCH (x)-[r:REQUIRES]->(:LearningOutcome)
           WHERE NOT $essentialOnly OR r.importance = 'essential'
         }
     } AS n
OPTIONAL CALL (a, withA, nA, n) {
  UNWIND withA AS o
  MATCH (o)-[rb:REQUIRES]->(b:LearningOutcome)
  WHERE b <> a AND (NOT $essentialOnly OR rb.importance = 'essential')
  WITH b, count(DISTINCT o) AS together
  WHERE together >= $minTogether
  WITH b, together,
       COUNT {
         MATCH (y:Occupation)-[r:REQUIRES]->(b)
         WHERE coalesce(y.status, 'released') <> 'deprecated'
           AND (NOT $essentialOnly OR r.importance = 'essential')
         RETURN DISTINCT y
       } AS nB
  WITH b, together, nB,
       toFloat(together) / (nA + nB - together) AS jaccard,
       toFloat(together) * n / (nA * nB) AS lift
  RETURN b, together, nB, jaccard, lift
  ORDER BY
    CASE $orderBy WHEN 'JACCARD' THEN jaccard WHEN 'LIFT' THEN lift ELSE together END DESC,
    together DESC, b.id
  LIMIT $limit
}
RETURN nA, b AS lo, together, nB, jaccard, lift
