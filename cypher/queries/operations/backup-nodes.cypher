// Every node of the graph for a backup, named by element id so relationships can refer to it. The
// transaction-log purge's marker node lives for one transaction and is not data.
MATCH (n)
WHERE NOT n:TransactionLogPurge
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
