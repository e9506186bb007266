package org.competenceatlas.infrastructure;

import java.nio.file.Path;
import java.time.Duration;
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
 * @param username the Neo4j user that people log in as with Bolt clients; the application itself
 *     uses a user of its own (docs/security.md, "Neo4j users")
 * @param password that user's password, set on the system database at every start
 * @param pageCache Neo4j's page cache; unset it would size itself from the machine's RAM
 * @param transactionTimeout Neo4j ends a transaction that runs longer ({@code
 *     db.transaction.timeout}), a backstop for work that sets no limit of its own; requests'
 *     transactions have the shorter {@code spring.transaction.default-timeout}; 0 for no limit
 * @param lockAcquisitionTimeout how long a transaction waits for a lock before Neo4j ends it with a
 *     transient error ({@code db.lock.acquisition.timeout}); 0 waits without limit
 * @param checkpointVolume transaction log written since the last checkpoint after which Neo4j
 *     checkpoints and prunes the logs ({@code db.checkpoint.interval.volume}); with {@code
 *     keep_none} the logs stay within a small multiple of it (docs/benchmarks.md)
 */
@ConfigurationProperties("atlas.neo4j.embedded")
public record EmbeddedNeo4jProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("atlas-data") Path dataDirectory,
    @DefaultValue("127.0.0.1") String listenAddress,
    @DefaultValue("7687") int boltPort,
    @DefaultValue("neo4j") String username,
    String password,
    @DefaultValue("128MB") DataSize pageCache,
    @DefaultValue("5m") Duration transactionTimeout,
    @DefaultValue("5s") Duration lockAcquisitionTimeout,
    @DefaultValue("256MB") DataSize checkpointVolume) {

  /**
   * The same store for a maintenance job on this machine (restore): a free port, and no limit on
   * how long its one transaction may run.
   */
  public EmbeddedNeo4jProperties forMaintenance() {
    return new EmbeddedNeo4jProperties(
        true,
        dataDirectory,
        "127.0.0.1",
        0,
        username,
        password,
        pageCache,
        Duration.ZERO,
        lockAcquisitionTimeout,
        checkpointVolume);
  }
}
