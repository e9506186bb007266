// The statements that recreate the indexes no constraint owns, for a backup's header. The token
// lookup indexes every new database has are left out.
SHOW INDEXES YIELD type, owningConstraint, createStatement
WHERE owningConstraint IS NULL AND type <> 'LOOKUP'
RETURN createStatement
ORDER BY createStatement
