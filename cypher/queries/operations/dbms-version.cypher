// The Neo4j version a backup was written from, for its header.
CALL dbms.components() YIELD versions
RETURN versions[0] AS version
