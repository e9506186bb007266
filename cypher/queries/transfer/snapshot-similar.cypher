// The meaning layer's links in force: for each source of outcomes (esco, seed), the generation its
// MeaningLayer node names. A computation in progress writes a new generation beside the old one and
// switches in one transaction, so a snapshot never mixes two.
MATCH (m:MeaningLayer)
WHERE m.generation IS NOT NULL
MATCH (a:LearningOutcome {source: m.scope})-[s:SIMILAR]->(b:LearningOutcome)
WHERE s.generation = m.generation
RETURN a.id AS from, b.id AS to, s.score AS score, s.via AS via
