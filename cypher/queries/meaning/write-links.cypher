// One batch of a new generation of links; it is not read until the generation is switched on.
UNWIND $links AS link
MATCH (a:LearningOutcome {id: link.a})
MATCH (b:LearningOutcome {id: link.b})
CREATE (a)-[:SIMILAR {generation: $generation, score: link.score, cosine: link.cosine, via: link.via}]->(b)
