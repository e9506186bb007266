UNWIND $nodeIds AS nodeId
MATCH (n)
WHERE elementId(n) = nodeId
RETURN elementId(n) AS nodeId, labels(n) AS labels, properties(n) AS properties
