// The statements that recreate the graph's constraints, for a backup's header.
SHOW CONSTRAINTS YIELD createStatement
RETURN createStatement
ORDER BY createStatement
