package org.competenceatlas.operations;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.competenceatlas.command.AtlasCommand;
import org.competenceatlas.infrastructure.CypherQueries;
import org.competenceatlas.infrastructure.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar competence-atlas.jar restore --from FILE}: loads a backup into an empty store.
 * With the embedded DBMS it opens the configured data folder itself, so the application must be
 * stopped (Neo4j's store lock refuses a second opener).
 */
@Command(
    name = "restore",
    description = {
      "Loads a backup into an empty store; stop the application that uses it first.",
      "With atlas.neo4j.embedded.enabled=false, loads it into the Neo4j of spring.neo4j.uri."
    })
public final class RestoreCommand implements AtlasCommand {

  private static final Logger log = LoggerFactory.getLogger(RestoreCommand.class);

  @Option(
      names = "--from",
      required = true,
      paramLabel = "FILE",
      description = "The backup file to load, as written by backup.")
  Path file;

  @Override
  public Needs needs() {
    return Needs.SETTINGS;
  }

  @Override
  public int run(ApplicationContext context) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("No backup file at " + file.toAbsolutePath());
    }
    var environment = context.getEnvironment();
    var embedded = BoltTarget.embeddedProperties(environment);
    if (!embedded.enabled()) {
      var target = BoltTarget.of(environment);
      try (var driver = target.driver()) {
        return restore(driver, target.uri());
      }
    }
    // Port 0: the restore needs no fixed port and must not collide with anything listening.
    var properties = embedded.forMaintenance();
    EmbeddedNeo4j neo4j;
    try {
      neo4j = new EmbeddedNeo4j(properties);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Cannot open the data folder "
              + embedded.dataDirectory().toAbsolutePath()
              + ": stop the application that uses it first ("
              + rootCause(e)
              + ")",
          e);
    }
    try (var driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.applicationAuthToken())) {
      return restore(driver, neo4j.boltUri());
    } finally {
      neo4j.destroy();
    }
  }

  private int restore(Driver driver, URI uri) {
    long started = System.nanoTime();
    var summary = new GraphRestore(driver, CypherQueries.onClasspath()).readFrom(file);
    log.info(
        "Restored {} nodes, {} relationships and {} schema statements from {} into {} in {} ms",
        summary.nodes(),
        summary.relationships(),
        summary.schemaStatements(),
        file.toAbsolutePath(),
        uri,
        (System.nanoTime() - started) / 1_000_000);
    return 0;
  }

  private static String rootCause(Throwable e) {
    var cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
