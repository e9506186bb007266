// Replaces the experiences a claim rests on with the learner's own experiences named in $ids.
MATCH (l:Learner {id: $learnerId})-[:MADE]->(c:Claim {id: $claimId})
OPTIONAL MATCH (c)-[old:SUPPORTED_BY]->()
DELETE old
WITH DISTINCT l, c
UNWIND $ids AS experienceId
MATCH (l)-[:HAD]->(e:Experience {id: experienceId})
MERGE (c)-[:SUPPORTED_BY]->(e)
