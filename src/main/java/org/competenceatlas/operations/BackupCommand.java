package org.competenceatlas.operations;

import java.nio.file.Path;
import org.competenceatlas.command.AtlasCommand;
import org.competenceatlas.infrastructure.CypherQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar competence-atlas.jar backup --to FILE}: connects over Bolt to the running
 * application's embedded DBMS, or to the external Neo4j of {@code spring.neo4j.uri}, and exports
 * while the service keeps serving. It reads the application's configuration but starts neither the
 * web server nor the application.
 */
@Command(
    name = "backup",
    description = {
      "Exports the graph of the running application to a gzip file of JSON lines.",
      "With atlas.neo4j.embedded.enabled=false, exports the Neo4j of spring.neo4j.uri."
    })
public final class BackupCommand implements AtlasCommand {

  private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FILE",
      description = "The backup file to write (a .jsonl.gz file).")
  Path file;

  @Override
  public Needs needs() {
    return Needs.SETTINGS;
  }

  @Override
  public int run(ApplicationContext context) {
    var target = BoltTarget.of(context.getEnvironment());
    try (var driver = target.driver()) {
      try {
        driver.verifyConnectivity();
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "Cannot reach Neo4j at "
                + target.uri()
                + (target.embedded() ? ": is the application running with this configuration?" : "")
                + " ("
                + e.getMessage()
                + ")",
            e);
      }
      long started = System.nanoTime();
      var summary = new GraphBackup(driver, CypherQueries.onClasspath()).writeTo(file);
      log.info(
          "Backed up {} nodes, {} relationships and {} schema statements from {} to {} in {} ms",
          summary.nodes(),
          summary.relationships(),
          summary.schemaStatements(),
          target.uri(),
          file.toAbsolutePath(),
          (System.nanoTime() - started) / 1_000_000);
      return 0;
    }
  }
}
