package org.competenceatlas.infrastructure;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the Neo4j DBMS that runs inside the application process.
 *
 * @param enabled false to use an external Neo4j through {@code spring.neo4j.*}
 * @param dataDirectory where the store lives; kept across restarts
 * @param listenAddress the Bolt connector's interface; loopback keeps it off the network
 * @param boltPort 0 picks a free port (tests)
 * @param username the Neo4j user the application and Bolt clients log in as
 * @param password that user's password, set on the system database at every start
 * @param pageCache Neo4j's page cache; unset it would size itself from the machine's RAM
 */
@ConfigurationProperties("atlas.neo4j.embedded")
public record EmbeddedNeo4jProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("atlas-data") Path dataDirectory,
    @DefaultValue("127.0.0.1") String listenAddress,
    @DefaultValue("7687") int boltPort,
    @DefaultValue("neo4j") String username,
    String password,
    @DefaultValue("256MB") DataSize pageCache) {}
