package org.competenceatlas.esco.bench;

import ac.simons.neo4j.migrations.core.CypherResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The yardstick of the ESCO import benchmark: an embedded Neo4j 5.26 whose import directory is the
 * release folder, with the application's schema (every migration of {@code cypher/migrations}) and
 * page cache, runs {@code cypher/benchmarks/esco-load-csv.cypher} statement by statement. Prints
 * the time of each statement, the total and the process's peak resident memory. Run by {@link
 * EscoBenchmark} in a JVM of its own; arguments: the release folder and an empty folder for the
 * store.
 */
public final class LoadCsvYardstick {

  private LoadCsvYardstick() {}

  public static void main(String[] args) throws IOException {
    var release = Path.of(args[0]).toAbsolutePath().normalize();
    var store = Path.of(args[1]).toAbsolutePath().normalize();
    long started = System.nanoTime();
    var dbms =
        new DatabaseManagementServiceBuilder(store)
            .setConfig(GraphDatabaseSettings.pagecache_memory, 128L * 1024 * 1024)
            .setConfig(GraphDatabaseSettings.load_csv_file_url_root, release)
            .setConfig(GraphDatabaseSettings.allow_file_urls, true)
            .setConfig(BoltConnector.enabled, false)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .build();
    long dbmsStarted = System.nanoTime();
    try {
      var db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      var resolver = new PathMatchingResourcePatternResolver();
      var migrations = resolver.getResources("classpath*:cypher/migrations/V*.cypher");
      java.util.Arrays.sort(migrations, java.util.Comparator.comparing(r -> r.getFilename()));
      for (var migration : migrations) {
        for (var statement : CypherResource.of(migration.getURL()).getExecutableStatements()) {
          db.executeTransactionally(statement);
        }
      }
      db.executeTransactionally("CALL db.awaitIndexes(300)");
      System.out.printf(
          Locale.ROOT,
          "yardstick: DBMS and schema ready in %.2f s (DBMS %.2f s, schema %.2f s)%n",
          seconds(started),
          (dbmsStarted - started) / 1e9,
          seconds(dbmsStarted));

      var script =
          resolver.getResource("classpath:cypher/benchmarks/esco-load-csv.cypher").getURL();
      long loadStarted = System.nanoTime();
      long cpuStarted = processCpuNanos();
      for (var statement : CypherResource.of(script).getExecutableStatements()) {
        long t = System.nanoTime();
        db.executeTransactionally(statement);
        var firstLine = statement.lines().filter(l -> !l.startsWith("//")).findFirst().orElse("");
        System.out.printf(
            Locale.ROOT,
            "yardstick: %6.2f s  %s%n",
            seconds(t),
            firstLine.length() > 90 ? firstLine.substring(0, 90) : firstLine);
      }
      System.out.printf(Locale.ROOT, "yardstick: LOAD CSV total %.2f s%n", seconds(loadStarted));
      System.out.printf(
          Locale.ROOT,
          "yardstick: processor time %.2f s%n",
          (processCpuNanos() - cpuStarted) / 1e9);
      var counts =
          db.executeTransactionally(
              "MATCH (o:Occupation) WITH count(o) AS o MATCH ()-[r:REQUIRES]->()"
                  + " RETURN o, count(r) AS r",
              java.util.Map.of(),
              result -> result.next().toString());
      System.out.println("yardstick: counts " + counts);
    } finally {
      dbms.shutdown();
    }
    System.out.println("yardstick: peak RSS " + peakRssMb() + " MB");
  }

  static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** VmHWM of this process in MB, or -1 off Linux. */
  static long peakRssMb() {
    try {
      for (var line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return -1;
  }
}
