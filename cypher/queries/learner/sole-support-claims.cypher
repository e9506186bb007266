// The claims that rest on this experience alone.
MATCH (:Learner {id: $learnerId})-[:HAD]->(e:Experience {id: $id})<-[:SUPPORTED_BY]-(c:Claim)
WHERE COUNT { (c)-[:SUPPORTED_BY]->(:Experience) } = 1
RETURN c.id AS id
