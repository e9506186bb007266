package org.competenceatlas.infrastructure;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * A Neo4j Community DBMS inside the application process. The application itself talks to it only
 * over Bolt, exactly as it would to an external server, so both set-ups run the same code.
 */
public final class EmbeddedNeo4j implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
  private static final String SAME_PASSWORD = "Old password and new password cannot be the same";

  private final EmbeddedNeo4jProperties properties;
  private final DatabaseManagementService dbms;
  private final URI boltUri;

  public EmbeddedNeo4j(EmbeddedNeo4jProperties properties) {
    this.properties = properties;
    Path home = properties.dataDirectory().toAbsolutePath().normalize();
    long started = System.nanoTime();
    this.dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
            .setConfig(BoltConnector.enabled, true)
            .setConfig(
                BoltConnector.listen_address,
                new SocketAddress(properties.listenAddress(), properties.boltPort()))
            // Preallocation reserves ~0.5 GB of transaction log per store up front: too much for
            // the small machines this default targets, and for test runs that create stores.
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            // Without these, every stop waits for idle Bolt connections to drain (~10 s).
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
            .setConfig(
                GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
            .build();
    try {
      setPassword();
      var address = portRegister().getLocalAddress(ConnectorType.BOLT);
      this.boltUri = URI.create("bolt://" + address.getHost() + ":" + address.getPort());
    } catch (RuntimeException e) {
      dbms.shutdown();
      throw e;
    }
    log.info(
        "Embedded Neo4j started in {} ms. Bolt listens at {} — log in as '{}' with the password"
            + " from atlas.neo4j.embedded.password (Neo4j Browser, cypher-shell or any driver)."
            + " Data folder: {}",
        Duration.ofNanos(System.nanoTime() - started).toMillis(),
        boltUri,
        properties.username(),
        home);
  }

  public URI boltUri() {
    return boltUri;
  }

  public String username() {
    return properties.username();
  }

  public String password() {
    return properties.password();
  }

  private void setPassword() {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    var user = "`" + properties.username().replace("`", "``") + "`";
    var password = Map.<String, Object>of("password", properties.password());
    system.executeTransactionally(
        "CREATE USER " + user + " IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED",
        password);
    try {
      system.executeTransactionally(
          "ALTER USER " + user + " SET PASSWORD $password CHANGE NOT REQUIRED", password);
    } catch (RuntimeException e) {
      if (!String.valueOf(e.getMessage()).contains(SAME_PASSWORD)) {
        throw e;
      }
    }
  }

  private ConnectorPortRegister portRegister() {
    var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    return system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
  }

  @Override
  public void destroy() {
    long started = System.nanoTime();
    dbms.shutdown();
    log.info(
        "Embedded Neo4j stopped in {} ms",
        Duration.ofNanos(System.nanoTime() - started).toMillis());
  }
}
