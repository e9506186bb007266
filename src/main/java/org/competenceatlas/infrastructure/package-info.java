/**
 * Runs the embedded Neo4j DBMS, applies the versioned schema migrations, loads named Cypher and
 * lets the process return idle heap.
 */
package org.competenceatlas.infrastructure;
