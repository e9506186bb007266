MATCH (l:Learner {id: $id})
RETURN COUNT { (l)-[:HAD]->(:Experience) } AS experiences,
       COUNT { (l)-[:MADE]->(:Claim) } AS claims,
       size(collect { MATCH (l)-[:MADE]->(:Claim)-[:HAS_EVIDENCE]->(ev:Evidence) RETURN DISTINCT ev }) AS evidence
