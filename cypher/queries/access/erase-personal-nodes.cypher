UNWIND $nodeIds AS nodeId
MATCH (n)
WHERE elementId(n) = nodeId
DETACH DELETE n
