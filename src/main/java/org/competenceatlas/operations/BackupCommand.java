package org.competenceatlas.operations;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.competenceatlas.infrastructure.EmbeddedNeo4j;
import org.competenceatlas.infrastructure.EmbeddedNeo4jProperties;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar competence-atlas.jar backup --to FILE} and {@code restore --from FILE}. They
 * read the application's own configuration (application.yml, environment variables, {@code
 * --name=value} arguments) but start neither the web server nor the application.
 *
 * <p>{@code backup} connects over Bolt to the running application's embedded DBMS, or to the
 * external Neo4j of {@code spring.neo4j.uri}, and exports while the service keeps serving. {@code
 * restore} loads a backup into an empty store: with the embedded DBMS it opens the configured data
 * folder itself, so the application must be stopped (Neo4j's store lock refuses a second opener).
 */
public final class BackupCommand {

  private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);
  private static final String USAGE =
      """
      Usage:
        java -jar competence-atlas.jar backup --to FILE [--name=value ...]
        java -jar competence-atlas.jar restore --from FILE [--name=value ...]
      backup exports the graph of the running application (or of spring.neo4j.uri when
      atlas.neo4j.embedded.enabled=false) to FILE, a gzip file of JSON lines.
      restore loads FILE into an empty store: the embedded data folder (application stopped)
      or the external database.""";

  private BackupCommand() {}

  public static boolean handles(String[] args) {
    return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
  }

  /** Runs the command and returns the process exit code: 0 done, 1 failed, 2 wrong usage. */
  public static int run(String[] args) {
    var verb = args[0];
    var option = verb.equals("backup") ? "--to" : "--from";
    Path file = null;
    var settings = new ArrayList<String>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals(option) && i + 1 < args.length) {
        file = Path.of(args[++i]);
      } else if (args[i].startsWith(option + "=")) {
        file = Path.of(args[i].substring(option.length() + 1));
      } else if (args[i].startsWith("--") && args[i].contains("=")) {
        settings.add(args[i]);
      } else {
        System.err.println("Unexpected argument '" + args[i] + "'\n" + USAGE);
        return 2;
      }
    }
    if (file == null) {
      System.err.println("Missing " + option + " FILE\n" + USAGE);
      return 2;
    }
    try (var context =
        new SpringApplicationBuilder(Settings.class)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .run(settings.toArray(String[]::new))) {
      var environment = context.getEnvironment();
      return verb.equals("backup") ? backup(environment, file) : restore(environment, file);
    } catch (RuntimeException e) {
      log.error("{} failed: {}", verb, e.getMessage(), e);
      return 1;
    }
  }

  private static int backup(Environment environment, Path file) {
    var target = Target.of(environment);
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
      var summary = new GraphBackup(driver).writeTo(file);
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

  private static int restore(Environment environment, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("No backup file at " + file.toAbsolutePath());
    }
    var embedded = embeddedProperties(environment);
    if (!embedded.enabled()) {
      var target = Target.of(environment);
      try (var driver = target.driver()) {
        return restore(driver, file, target.uri());
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
      return restore(driver, file, neo4j.boltUri());
    } finally {
      neo4j.destroy();
    }
  }

  private static int restore(Driver driver, Path file, URI uri) {
    long started = System.nanoTime();
    var summary = new GraphRestore(driver).readFrom(file);
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

  private static EmbeddedNeo4jProperties embeddedProperties(Environment environment) {
    return Binder.get(environment)
        .bindOrCreate("atlas.neo4j.embedded", EmbeddedNeo4jProperties.class);
  }

  private static String rootCause(Throwable e) {
    var cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  /** Where a backup reads from: the embedded DBMS's Bolt address or spring.neo4j.uri. */
  private record Target(URI uri, String username, String password, boolean embedded) {

    static Target of(Environment environment) {
      var embedded = embeddedProperties(environment);
      if (embedded.enabled()) {
        var host =
            List.of("0.0.0.0", "::").contains(embedded.listenAddress())
                ? "127.0.0.1"
                : embedded.listenAddress();
        if (embedded.boltPort() == 0) {
          throw new IllegalArgumentException(
              "atlas.neo4j.embedded.bolt-port is 0 (random): give the port the application"
                  + " listens on, as logged at its start");
        }
        return new Target(
            URI.create("bolt://" + host + ":" + embedded.boltPort()),
            embedded.username(),
            embedded.password(),
            true);
      }
      var binder = Binder.get(environment);
      return new Target(
          URI.create(environment.getProperty("spring.neo4j.uri", "bolt://localhost:7687")),
          binder.bind("spring.neo4j.authentication.username", String.class).orElse("neo4j"),
          binder.bind("spring.neo4j.authentication.password", String.class).orElse(""),
          false);
    }

    Driver driver() {
      return GraphDatabase.driver(uri, AuthTokens.basic(username, password));
    }
  }

  /** The command's Spring context holds configuration only: no scanning, no auto-configuration. */
  static final class Settings {}
}
