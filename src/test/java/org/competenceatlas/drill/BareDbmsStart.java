package org.competenceatlas.drill;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import org.competenceatlas.infrastructure.EmbeddedNeo4j;
import org.competenceatlas.infrastructure.EmbeddedNeo4jProperties;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The start-up benchmark's yardstick: the application's embedded DBMS, configured as the
 * application configures it (page cache, Bolt connector, logs), started by a program that does
 * nothing else, on the data folder named by its first argument. It prints {@link #READY} once the
 * default database is available, then stops the DBMS and exits.
 *
 * <p>{@code java -cp <test classpath> org.competenceatlas.drill.BareDbmsStart <folder> <bolt port>}
 */
public final class BareDbmsStart {

  static final String READY = "DBMS ready";

  private BareDbmsStart() {}

  public static void main(String[] args) {
    var properties =
        new Binder(
                new MapConfigurationPropertySource(
                    Map.of(
                        "atlas.neo4j.embedded.data-directory", args[0],
                        "atlas.neo4j.embedded.bolt-port", args[1])))
            .bindOrCreate("atlas.neo4j.embedded", EmbeddedNeo4jProperties.class);
    var dbms = EmbeddedNeo4j.configured(properties).build();
    var database = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!database.isAvailable(10 * 60 * 1000L)) {
      throw new IllegalStateException("The default database did not become available");
    }
    System.out.println(
        READY
            + " "
            + ManagementFactory.getRuntimeMXBean().getUptime()
            + " ms after the JVM started, store "
            + Path.of(args[0]).toAbsolutePath());
    System.out.flush();
    dbms.shutdown();
  }
}
