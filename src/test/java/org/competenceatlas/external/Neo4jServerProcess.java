package org.competenceatlas.external;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.competenceatlas.infrastructure.EmbeddedNeo4j;
import org.competenceatlas.infrastructure.EmbeddedNeo4jProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

/**
 * A Neo4j 5.26 Community DBMS in a JVM of its own with Bolt on a free loopback port: an external
 * database for tests on machines without Docker. It is the same kernel a Neo4j server runs, started
 * by {@link #main} with this project's embedded launcher, so the application reaches it exactly as
 * it would reach a server: over the network, with a user and a password, and no shared memory.
 */
public final class Neo4jServerProcess implements AutoCloseable {

  public static final String PASSWORD = "external-neo4j-password";
  private static final Pattern READY = Pattern.compile("NEO4J READY (bolt://\\S+)");

  private final Process process;
  private final Path log;
  private final URI boltUri;

  private Neo4jServerProcess(Process process, Path log, URI boltUri) {
    this.process = process;
    this.log = log;
    this.boltUri = boltUri;
  }

  /**
   * Starts the DBMS on a store in {@code folder} (created if absent) and waits until it listens.
   */
  public static Neo4jServerProcess start(Path folder, String... jvmOptions) throws Exception {
    Files.createDirectories(folder);
    var log = folder.resolve("neo4j-process.log");
    var command = new ArrayList<String>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of(jvmOptions));
    command.addAll(
        List.of(
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "-cp",
            System.getProperty("java.class.path"),
            Neo4jServerProcess.class.getName(),
            folder.resolve("store").toString()));
    var process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    var deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      var text = Files.readString(log);
      var ready = READY.matcher(text);
      if (ready.find()) {
        return new Neo4jServerProcess(process, log, URI.create(ready.group(1)));
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("The Neo4j process stopped during start-up:\n" + text);
      }
      Thread.sleep(200);
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "Neo4j did not start within 3 minutes:\n" + Files.readString(log));
  }

  public URI boltUri() {
    return boltUri;
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  /** Closing its standard input stops the DBMS cleanly; a kill follows if it hangs. */
  @Override
  public void close() throws IOException, InterruptedException {
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.flush();
    } catch (IOException alreadyGone) {
      // The process ended on its own; nothing to stop.
    }
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /**
   * {@code <store folder> [page cache, default 64MB] [Bolt port, default 0: a free one]}. Stops
   * when standard input closes, or on SIGTERM when standard input is not a pipe (a benchmark
   * script's background process).
   */
  public static void main(String[] args) throws Exception {
    // Outside Spring Boot, Logback would print every library's debug lines.
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.INFO);
    var pageCache = DataSize.parse(args.length > 1 ? args[1] : "64MB");
    int port = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    var neo4j =
        new EmbeddedNeo4j(
            new EmbeddedNeo4jProperties(
                true,
                Path.of(args[0]),
                "127.0.0.1",
                port,
                "neo4j",
                PASSWORD,
                pageCache,
                Duration.ofMinutes(5),
                Duration.ofSeconds(5),
                DataSize.ofMegabytes(256)));
    var stopped = new java.util.concurrent.atomic.AtomicBoolean();
    Runnable stop =
        () -> {
          if (stopped.compareAndSet(false, true)) {
            neo4j.destroy();
          }
        };
    Runtime.getRuntime().addShutdownHook(new Thread(stop));
    System.out.println("NEO4J READY " + neo4j.boltUri() + " pid " + ProcessHandle.current().pid());
    System.out.flush();
    if (isPipe()) {
      while (System.in.read() >= 0) {
        // Wait for the parent to close the pipe (or to die).
      }
      stop.run();
    } else {
      Thread.currentThread().join();
    }
  }

  private static boolean isPipe() {
    try {
      return Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString().startsWith("pipe:");
    } catch (IOException | UnsupportedOperationException e) {
      return true;
    }
  }
}
