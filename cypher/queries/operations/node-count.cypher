// How many nodes the database holds: a restore goes only into an empty one. The transaction-log
// purge's marker node lives for one transaction and is not data.
MATCH (n)
WHERE NOT n:TransactionLogPurge
RETURN count(n) AS n
