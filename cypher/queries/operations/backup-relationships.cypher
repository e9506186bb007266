// Every relationship of the graph for a backup, its ends named by element id.
MATCH (a)-[r]->(b)
RETURN elementId(a) AS from, type(r) AS type, elementId(b) AS to, properties(r) AS props
