package org.competenceatlas.infrastructure;

import ac.simons.neo4j.migrations.core.MigrationChain;
import ac.simons.neo4j.migrations.core.MigrationState;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.MigrationsConfig.TransactionMode;
import ac.simons.neo4j.migrations.core.MigrationsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema migrations in {@code cypher/migrations/V<n>__<what>.cypher} with
 * neo4j-migrations before the application serves anything: in order, once each, recorded with their
 * checksums as a chain of {@code :__Neo4jMigration} nodes. Editing an applied file stops start-up,
 * because the database would no longer match what the file says.
 *
 * <p>The library's Spring Boot starter refers to Boot 3's auto-configuration packages, which Boot 4
 * moved, so it does not load here: this bean drives the core API instead. Spring finds the files,
 * so they are read from the packaged jar too.
 */
@Component
// Commands start lazily (application-command.yml); the schema is migrated before any runs.
@Lazy(false)
public class SchemaMigrations implements InitializingBean {

  static final String LOCATION = "cypher/migrations";
  private static final Duration LOCK_WAIT = Duration.ofMinutes(2);
  private static final Pattern SHIPPED_FILE = Pattern.compile("/V(\\d+)__[^/]*\\.cypher$");

  private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

  private final Driver driver;
  private final ResourcePatternResolver resources;
  private final Migrations migrations;
  private final LegacyMigrationRecords legacy;
  private final String awaitIndexes;
  private final String appliedMigrations;
  private final List<Integer> shippedVersions;
  private volatile int currentVersion;

  SchemaMigrations(Driver driver, ResourcePatternResolver resources, CypherQueries queries) {
    this.driver = driver;
    this.resources = resources;
    this.awaitIndexes = queries.get("operations/await-indexes");
    this.appliedMigrations = queries.get("operations/applied-migrations");
    // The files inside the build never change while it runs, so a probe need not scan for them.
    this.shippedVersions = shippedVersions(shipped());
    this.migrations =
        new Migrations(
            MigrationsConfig.builder()
                .withLocationsToScan("classpath:" + LOCATION)
                .withResourceScanner(locations -> shipped())
                // Schema commands cannot share a transaction with writes: each runs on its own.
                .withTransactionMode(TransactionMode.PER_STATEMENT)
                .build(),
            driver);
    this.legacy = new LegacyMigrationRecords(driver);
  }

  @Override
  public void afterPropertiesSet() {
    long started = System.nanoTime();
    int pending;
    Optional<MigrationVersion> last;
    try {
      pending =
          whenUnlocked(
              () -> {
                legacy.check(migrations, shipped());
                return pending(migrations.info()).size();
              });
      // What apply returns is the chain's state afterwards: reading the chain once more would
      // take the library's lock a third time for nothing.
      last = whenUnlocked(migrations::apply);
    } catch (MigrationsException e) {
      throw new IllegalStateException(
          "Schema migrations could not be applied: "
              + e.getMessage()
              + " (an applied migration must never be edited: add a new one instead)",
          e);
    }
    try (var session = driver.session()) {
      session.executeWriteWithoutResult(tx -> tx.run(awaitIndexes).consume());
    }
    currentVersion = last.map(version -> Integer.parseInt(version.getValue())).orElse(0);
    log.info(
        "Schema at version {} ({} migration(s) applied now, {} ms)",
        currentVersion,
        pending,
        Duration.ofNanos(System.nanoTime() - started).toMillis());
  }

  /**
   * The library takes a lock node in the database to read or apply the chain, and gives up at once
   * when another instance holds it (or when two instances create it at the same moment and Neo4j
   * ends one of them as a deadlock). Instances starting together on one database wait for each
   * other instead; a lock still held after {@link #LOCK_WAIT} was left by a crashed run, and the
   * library's message says so.
   */
  private <T> T whenUnlocked(Supplier<T> work) {
    long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
    while (true) {
      try {
        return work.get();
      } catch (RuntimeException e) {
        if (!heldByAnother(e) || System.nanoTime() > deadline) {
          throw e;
        }
        log.info("Another instance is migrating the schema; waiting for it");
        try {
          Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private static boolean heldByAnother(Throwable failure) {
    for (var cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof TransientException
          || String.valueOf(cause.getMessage()).contains("__Neo4jMigrationsLock")) {
        return true;
      }
    }
    return false;
  }

  /** The highest migration version the database has. */
  public int currentVersion() {
    return currentVersion;
  }

  /** What the database records now against the migrations this build ships; health asks it. */
  public SchemaState state() {
    List<Integer> applied;
    try (var session = driver.session()) {
      applied =
          session.executeRead(
              tx -> tx.run(appliedMigrations).list(row -> Integer.parseInt(row.get(0).asString())));
    }
    var pending = shippedVersions.stream().filter(version -> !applied.contains(version)).toList();
    var versions = new ArrayList<>(applied);
    versions.addAll(pending);
    return new SchemaState(
        versions.stream().mapToInt(Integer::intValue).max().orElse(0),
        applied.stream().mapToInt(Integer::intValue).max().orElse(0),
        applied.size(),
        pending);
  }

  private static List<Integer> shippedVersions(List<URL> files) {
    var versions = new ArrayList<Integer>();
    for (var url : files) {
      var matcher = SHIPPED_FILE.matcher(url.getPath());
      if (matcher.find()) {
        versions.add(Integer.parseInt(matcher.group(1)));
      }
    }
    versions.sort(null);
    return List.copyOf(versions);
  }

  /**
   * @param expectedVersion the highest migration this build ships
   * @param databaseVersion the highest migration the database records
   * @param applied how many migrations the database records
   * @param missing shipped migrations the database does not record
   */
  public record SchemaState(
      int expectedVersion, int databaseVersion, int applied, List<Integer> missing) {

    public boolean upToDate() {
      return missing.isEmpty() && databaseVersion >= expectedVersion;
    }
  }

  private static List<Integer> pending(MigrationChain chain) {
    return chain.getElements().stream()
        .filter(element -> element.getState() == MigrationState.PENDING)
        .map(element -> Integer.parseInt(element.getVersion()))
        .toList();
  }

  private List<URL> shipped() {
    try {
      var urls = new ArrayList<URL>();
      for (var resource : resources.getResources("classpath*:" + LOCATION + "/*.cypher")) {
        urls.add(resource.getURL());
      }
      return urls;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
