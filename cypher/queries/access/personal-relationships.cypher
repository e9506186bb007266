// Every relationship touching the learner's own nodes; the far end, when it is not one of them,
// is named by its id and labels only.
UNWIND $nodeIds AS nodeId
MATCH (n)-[r]-(m)
WHERE elementId(n) = nodeId
WITH DISTINCT r
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN elementId(r) AS relationshipId, type(r) AS type, properties(r) AS properties,
       elementId(a) AS startId, a.id AS startKey, labels(a) AS startLabels,
       elementId(b) AS endId, b.id AS endKey, labels(b) AS endLabels
