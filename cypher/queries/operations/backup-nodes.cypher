// Every node of the graph for a backup, named by element id so relationships can refer to it.
MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
