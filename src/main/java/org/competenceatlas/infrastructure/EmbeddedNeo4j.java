package org.competenceatlas.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.GraphDatabaseSettings.CheckpointPolicy;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.impl.transaction.log.checkpoint.CheckPointer;
import org.neo4j.kernel.impl.transaction.log.checkpoint.SimpleTriggerInfo;
import org.neo4j.kernel.impl.transaction.log.files.LogFiles;
import org.neo4j.kernel.impl.transaction.log.rotation.LogRotateEvent;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * A Neo4j Community DBMS inside the application process. The application itself talks to it only
 * over Bolt, exactly as it would to an external server, so both set-ups run the same code.
 *
 * <p>People log in over Bolt as the configured user; the application logs in as a user of its own,
 * created at every start with a random name and password that never leave the process. Neo4j locks
 * a user out for a few seconds after repeated wrong passwords, so a stranger guessing the people's
 * password must not be able to lock the application out with it.
 */
public final class EmbeddedNeo4j implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
  private static final String APPLICATION_USER_PREFIX = "atlas-app-";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final EmbeddedNeo4jProperties properties;
  private final DatabaseManagementService dbms;
  private final URI boltUri;
  private final String applicationUser = APPLICATION_USER_PREFIX + random(9);
  private final String applicationPassword = random(24);

  public EmbeddedNeo4j(EmbeddedNeo4jProperties properties) {
    this.properties = properties;
    Path home = properties.dataDirectory().toAbsolutePath().normalize();
    long started = System.nanoTime();
    this.dbms = configured(properties).build();
    long built = System.nanoTime();
    long usersSet;
    try {
      setPassword();
      createApplicationUser();
      usersSet = System.nanoTime();
      // An erasure whose purge a crash prevented is purged now.
      purgeTransactionLogs();
      var address = portRegister().getLocalAddress(ConnectorType.BOLT);
      this.boltUri = URI.create("bolt://" + address.getHost() + ":" + address.getPort());
    } catch (RuntimeException e) {
      dbms.shutdown();
      throw e;
    }
    log.info(
        "Embedded Neo4j started in {} ms (DBMS {} ms, users {} ms, log purge {} ms). Bolt listens"
            + " at {} — log in as '{}' with the password from atlas.neo4j.embedded.password (Neo4j"
            + " Browser, cypher-shell or any driver). Data folder: {}",
        Duration.ofNanos(System.nanoTime() - started).toMillis(),
        Duration.ofNanos(built - started).toMillis(),
        Duration.ofNanos(usersSet - built).toMillis(),
        Duration.ofNanos(System.nanoTime() - usersSet).toMillis(),
        boltUri,
        properties.username(),
        home);
  }

  /**
   * The DBMS as the application configures it, not yet started; the start-up benchmark starts the
   * same one alone as its yardstick.
   */
  public static DatabaseManagementServiceBuilder configured(EmbeddedNeo4jProperties properties) {
    return new DatabaseManagementServiceBuilder(
            properties.dataDirectory().toAbsolutePath().normalize())
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
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
        // Transaction logs hold what was written, erased text included, until pruned: keep only
        // what recovery needs, so a purge after an erasure removes it (docs/security.md).
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 64L * 1024 * 1024)
        // Checkpoints by volume rather than every 15 minutes, so that logs are pruned during a
        // burst of writes too: 9 minutes of bulk writes had left 1.6 GB of them until then.
        .setConfig(GraphDatabaseSettings.check_point_policy, CheckpointPolicy.VOLUME)
        .setConfig(
            GraphDatabaseSettings.check_point_interval_volume,
            properties.checkpointVolume().toBytes())
        .setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
        .setConfig(
            GraphDatabaseSettings.lock_acquisition_timeout, properties.lockAcquisitionTimeout());
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

  /** How the application itself logs in: its own user, not the one people are given. */
  public AuthToken applicationAuthToken() {
    return AuthTokens.basic(applicationUser, applicationPassword);
  }

  /** The newest transaction that the latest checkpoint holds in the store files. */
  long lastCheckpointedTransaction() {
    var database = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    return database
        .getDependencyResolver()
        .resolveDependency(CheckPointer.class)
        .latestCheckPointInfo()
        .highestObservedClosedTransactionId()
        .id();
  }

  /**
   * Removes the transaction logs that recovery no longer needs, with whatever erased data they
   * still hold. Neo4j keeps the newest log file that holds a transaction, and a checkpoint prunes
   * only files that are two rotations old, so the round (close the current file, write one small
   * transaction of our own into the next, close that, checkpoint) repeats until no file from before
   * the purge is left.
   */
  public void purgeTransactionLogs() {
    var database = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    var dependencies = database.getDependencyResolver();
    var logFile = dependencies.resolveDependency(LogFiles.class).getLogFile();
    var rotation = logFile.getLogRotation();
    var checkPointer = dependencies.resolveDependency(CheckPointer.class);
    long current = logFile.getCurrentLogVersion();
    try {
      for (int round = 0; round < 4 && logFile.getLowestLogVersion() <= current; round++) {
        rotation.rotateLogFile(() -> LogRotateEvent.NULL);
        // Two transactions that leave the graph as it was: a node made and removed.
        database.executeTransactionally("CREATE (:TransactionLogPurge)");
        database.executeTransactionally("MATCH (p:TransactionLogPurge) DELETE p");
        rotation.rotateLogFile(() -> LogRotateEvent.NULL);
        checkPointer.forceCheckPoint(new SimpleTriggerInfo("purge of erased data"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not purge the transaction logs", e);
    }
    if (logFile.getLowestLogVersion() <= current) {
      log.warn(
          "Transaction log files from before the purge remain (lowest version {}, purge began at"
              + " {}); they go at the next purge",
          logFile.getLowestLogVersion(),
          current);
    }
  }

  /** Where the transaction logs of the application's database are. */
  public Path transactionLogDirectory() {
    var database = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    return database.getDependencyResolver().resolveDependency(LogFiles.class).logFilesDirectory();
  }

  /**
   * Replaces the application users of earlier starts with this start's one. When people log in
   * under another name than {@code neo4j}, Neo4j's initial {@code neo4j} user is dropped while it
   * still has its initial password: anyone who reached the Bolt port could otherwise log in with
   * {@code neo4j}/{@code neo4j}, choose a password and hold the whole graph.
   */
  private void createApplicationUser() {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    var obsolete =
        system.executeTransactionally(
            "SHOW USERS YIELD user, passwordChangeRequired"
                + " WHERE user STARTS WITH $prefix"
                + " OR (user = 'neo4j' AND user <> $people AND passwordChangeRequired)"
                + " RETURN user",
            Map.of("prefix", APPLICATION_USER_PREFIX, "people", properties.username()),
            result -> result.stream().map(row -> (String) row.get("user")).toList());
    for (var user : obsolete) {
      system.executeTransactionally("DROP USER " + quoted(user) + " IF EXISTS");
    }
    system.executeTransactionally(
        "CREATE USER " + quoted(applicationUser) + " SET PASSWORD $password CHANGE NOT REQUIRED",
        Map.of("password", applicationPassword));
  }

  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  private static String random(int bytes) {
    var value = new byte[bytes];
    RANDOM.nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value).replace('-', 'x');
  }

  /**
   * Gives the people's user the configured password, whether the store is new (Neo4j's initial
   * user, whose password must be changed) or the password changed since the last start. Replacing
   * the user is one statement, where creating it if absent and then altering it took two, and the
   * first ALTER USER of a process alone cost over two seconds of every start.
   */
  private void setPassword() {
    dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
        .executeTransactionally(
            "CREATE OR REPLACE USER "
                + quoted(properties.username())
                + " SET PASSWORD $password CHANGE NOT REQUIRED",
            Map.of("password", properties.password()));
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
