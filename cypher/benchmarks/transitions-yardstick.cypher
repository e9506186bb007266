// The ranking people would write first in Cypher: for one source occupation, every other
// occupation scored by the rarity-weighted share of its essential outcomes that the source holds
// exactly (essential or optional). No hierarchy, no related outcomes, no explanation.
MATCH (o:Occupation)
WITH count(o) AS occupations
MATCH (:Occupation {id: $source})-[:REQUIRES]->(held:LearningOutcome)
WITH occupations, collect(DISTINCT held) AS heldOutcomes
MATCH (t:Occupation)-[:REQUIRES {importance: 'essential'}]->(lo:LearningOutcome)
WHERE t.id <> $source
WITH t, lo, heldOutcomes, 1 + log((occupations + 1.0) / (coalesce(lo.occupationCount, 0) + 1.0)) AS rarity
WITH t,
     sum(rarity) AS total,
     sum(CASE WHEN lo IN heldOutcomes THEN rarity ELSE 0 END) AS covered
RETURN t.id AS id, covered / total AS score
ORDER BY score DESC
LIMIT 20
