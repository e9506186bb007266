/** Runs the embedded Neo4j DBMS, applies the versioned schema migrations and loads named Cypher. */
package org.competenceatlas.infrastructure;
