package org.competenceatlas.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema migrations in {@code cypher/migrations/V<n>__<what>.cypher} in
 * order, once each, before the application serves anything. Each applied version is recorded with
 * its checksum as a {@code :SchemaMigration} node; editing an applied file stops start-up, because
 * the database would no longer match what the file says.
 */
@Component
public class SchemaMigrations implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
  private static final SessionConfig READ =
      SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
  private static final String EQUIVALENT_SCHEMA_RULE =
      "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists";
  private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

  private final Driver driver;
  private final ResourcePatternResolver resources;
  private volatile int currentVersion;
  // The files cannot change while the process runs; read them once.
  private volatile List<Migration> shipped;

  SchemaMigrations(Driver driver, ResourcePatternResolver resources) {
    this.driver = driver;
    this.resources = resources;
  }

  record Migration(int version, String description, String script, String checksum) {}

  @Override
  public void afterPropertiesSet() {
    var applied = appliedChecksums();
    int ran = 0;
    for (var migration : available()) {
      var checksum = applied.get(migration.version());
      if (checksum != null) {
        if (!checksum.equals(migration.checksum())) {
          throw new IllegalStateException(
              "Schema migration V"
                  + migration.version()
                  + " ("
                  + migration.description()
                  + ") was changed after it was applied; add a new migration instead");
        }
        continue;
      }
      apply(migration);
      ran++;
    }
    try (var session = driver.session()) {
      session.executeWriteWithoutResult(tx -> tx.run("CALL db.awaitIndexes(300)").consume());
    }
    currentVersion = available().stream().mapToInt(Migration::version).max().orElse(0);
    log.info("Schema at version {} ({} migration(s) applied now)", currentVersion, ran);
  }

  /** The highest migration version the database has. */
  public int currentVersion() {
    return currentVersion;
  }

  /** What the database records now against the migrations this build ships; health asks it. */
  public SchemaState state() {
    var applied = appliedChecksums().keySet();
    var versions = available().stream().map(Migration::version).toList();
    var missing = versions.stream().filter(version -> !applied.contains(version)).toList();
    return new SchemaState(
        versions.stream().mapToInt(Integer::intValue).max().orElse(0),
        applied.stream().mapToInt(Integer::intValue).max().orElse(0),
        applied.size(),
        missing);
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

  private void apply(Migration migration) {
    try (var session = driver.session()) {
      // Schema commands cannot share a transaction with writes, so each runs on its own. Instances
      // starting together apply the same statements at once (they are idempotent); Neo4j may
      // break the deadlock that causes, and the driver's managed transaction runs it again.
      for (var statement : CypherScript.statements(migration.script())) {
        try {
          session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
        } catch (ClientException e) {
          // IF NOT EXISTS is checked before the commit: the other instance's index got there
          // first, which is what the statement asks for.
          if (!EQUIVALENT_SCHEMA_RULE.equals(e.code())) {
            throw e;
          }
        }
      }
      session.executeWriteWithoutResult(
          tx ->
              tx.run(
                  "MERGE (m:SchemaMigration {version: $version})"
                      + " SET m.description = $description, m.checksum = $checksum,"
                      + " m.appliedAt = datetime()",
                  Map.of(
                      "version",
                      migration.version(),
                      "description",
                      migration.description(),
                      "checksum",
                      migration.checksum())));
    }
    log.info("Applied schema migration V{} ({})", migration.version(), migration.description());
  }

  private Map<Integer, String> appliedChecksums() {
    var applied = new HashMap<Integer, String>();
    try (var session = driver.session(READ)) {
      session.executeRead(
          tx -> {
            applied.clear();
            tx.run("MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum")
                .forEachRemaining(
                    row -> applied.put(row.get("version").asInt(), row.get("checksum").asString()));
            return null;
          });
    }
    return applied;
  }

  private List<Migration> available() {
    var known = shipped;
    if (known == null) {
      known = readShipped();
      shipped = known;
    }
    return known;
  }

  private List<Migration> readShipped() {
    try {
      var migrations = new ArrayList<Migration>();
      for (Resource resource : resources.getResources("classpath*:cypher/migrations/V*.cypher")) {
        var matcher = NAME.matcher(String.valueOf(resource.getFilename()));
        if (!matcher.matches()) {
          throw new IllegalStateException(
              "Migration file name must look like V001__what-it-does.cypher: "
                  + resource.getFilename());
        }
        String script;
        try (var in = resource.getInputStream()) {
          script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        migrations.add(
            new Migration(
                Integer.parseInt(matcher.group(1)), matcher.group(2), script, sha256(script)));
      }
      migrations.sort(Comparator.comparingInt(Migration::version));
      return List.copyOf(migrations);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
