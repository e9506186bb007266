// Waits until every index is online (at most five minutes), after a migration or a restore.
CALL db.awaitIndexes(300)
