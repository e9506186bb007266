// Replaces the learner's goals; a kept goal keeps its `since`.
MATCH (l:Learner {id: $id})
OPTIONAL MATCH (l)-[old:HAS_GOAL]->(t)
WHERE NOT t.id IN $goalIds
DELETE old
WITH DISTINCT l
UNWIND $goalIds AS goalId
MATCH (t:Occupation|Qualification {id: goalId})
MERGE (l)-[g:HAS_GOAL]->(t)
ON CREATE SET g.since = date()
