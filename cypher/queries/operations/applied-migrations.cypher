// The schema migrations the database records, as neo4j-migrations stores them: one node per
// applied version, chained from a BASELINE node. Read directly rather than through the library,
// which takes its lock node to read the chain: each readiness probe then wrote two transactions,
// and a probe during another instance's migration found the lock held and reported DOWN.
MATCH (m:__Neo4jMigration)
WHERE m.migrationTarget IS NULL AND m.version <> 'BASELINE'
RETURN m.version AS version
