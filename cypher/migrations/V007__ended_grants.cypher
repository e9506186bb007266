// Ended (revoked or replaced) grants hang off their learner by GRANTED_BEFORE, grants in force by
// GRANTED: deciding access then reads the learner's current grants only, however long the history.
MATCH (l:Learner)-[held:GRANTED]->(g:AccessGrant)
WHERE g.revokedAt IS NOT NULL
CREATE (l)-[:GRANTED_BEFORE]->(g)
DELETE held;
