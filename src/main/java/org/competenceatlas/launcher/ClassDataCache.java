package org.competenceatlas.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lets the bounded JVM start from the classes an earlier run of the same build loaded (class-data
 * sharing). HotSpot can map classes from an archive instead of reading, parsing and verifying them
 * again, but only from plain jars on the class path, not from the jars nested in the packaged jar.
 * So after the first start of a build the launcher unpacks the jar into a folder of this cache; the
 * next run of the same work starts from that folder and records the classes it loads into an
 * archive when it ends; the runs after it map them from the archive. Each build, JDK and set of JVM
 * options has a folder of its own; unpacking a new build of a jar removes the folders of its
 * earlier builds but the one started last.
 */
final class ClassDataCache {

  static final String SWITCH = "ATLAS_CLASS_DATA_SHARING";
  static final String LOCATION = "ATLAS_JVM_CACHE";
  private static final String UNPACKED = "jar";
  private static final String SOURCE = "source";
  private static final String SIZES = ".sizes";

  /**
   * Writing the archive takes seconds after the JVM's own stop (about 16 s for the service); a
   * service manager that kills a stopping process sooner would otherwise make every run record it
   * again in vain.
   */
  private static final int MAX_ATTEMPTS = 2;

  /** How the bounded JVM is started: its extra options and the jar it runs. */
  record Start(List<String> options, String jar, Optional<Path> archiveWritten, Path archive) {

    boolean fromPackagedJar() {
      return !Path.of(jar).startsWith(archive.getParent());
    }
  }

  private final Path folder;
  private final Path jar;
  private final String work;

  private ClassDataCache(Path folder, Path jar, String work) {
    this.folder = folder;
    this.jar = jar;
    this.work = work;
  }

  /**
   * The cache of this build, JDK and options for the work the arguments name (the service, or one
   * command), or nothing when class-data sharing is switched off or has no folder to live in.
   */
  static Optional<ClassDataCache> of(JvmDefaults.Jvm jvm, List<String> args) {
    if ("false".equalsIgnoreCase(jvm.environment().get(SWITCH))) {
      return Optional.empty();
    }
    var root = root(jvm.environment());
    if (root.isEmpty()) {
      return Optional.empty();
    }
    var jar = Path.of(jvm.classPath()).toAbsolutePath().normalize();
    try {
      var key =
          String.join(
              "\n",
              jar.toString(),
              Long.toString(Files.size(jar)),
              Long.toString(Files.getLastModifiedTime(jar).toMillis()),
              jvm.javaHome().toString(),
              jvm.vmVersion(),
              String.join(
                  " ",
                  jvm.options().stream().filter(option -> !option.startsWith("-Xlog")).toList()));
      // A command is always the first argument; a later one may be an option's value.
      var work = args.isEmpty() || args.get(0).startsWith("-") ? "serve" : args.get(0);
      return Optional.of(
          new ClassDataCache(root.get().resolve(digest(key)), jar, work.replaceAll("\\W", "_")));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether every file unpacking wrote is still there at the size it had: a file removed or cut
   * short (a full disk, a copy stopped half-way) would keep the JVM from starting, and the user
   * could not tell why.
   */
  private static boolean complete(Path unpacked) {
    var folder = unpacked.getParent();
    try {
      var listed = Files.readAllLines(folder.resolve(SIZES), StandardCharsets.UTF_8);
      if (!listed.contains(Files.size(unpacked) + " " + unpacked.getFileName())) {
        return false;
      }
      for (var line : listed) {
        int space = line.indexOf(' ');
        if (Files.size(folder.resolve(line.substring(space + 1)))
            != Long.parseLong(line.substring(0, space))) {
          return false;
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Lists every file of an unpacked jar's folder with its size, for {@link #complete}. */
  static void listSizes(Path folder) throws IOException {
    var lines = new ArrayList<String>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (var file :
          files.filter(path -> Files.isRegularFile(path) && !path.endsWith(SIZES)).toList()) {
        lines.add(Files.size(file) + " " + folder.relativize(file));
      }
    }
    Files.write(folder.resolve(SIZES), lines, StandardCharsets.UTF_8);
  }

  private static int attemptsSoFar(Path attempts) {
    try {
      return Integer.parseInt(Files.readString(attempts, StandardCharsets.UTF_8).strip());
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  private static Optional<Path> root(Map<String, String> environment) {
    var chosen = environment.get(LOCATION);
    if (chosen != null && !chosen.isBlank()) {
      return Optional.of(Path.of(chosen));
    }
    var cache = environment.get("XDG_CACHE_HOME");
    if (cache != null && !cache.isBlank()) {
      return Optional.of(Path.of(cache, "competence-atlas"));
    }
    var home = environment.get("HOME");
    return home == null || home.isBlank()
        ? Optional.empty()
        : Optional.of(Path.of(home, ".cache", "competence-atlas"));
  }

  /** How to start the bounded JVM now, given what earlier runs left in this cache. */
  Start start(long pid) {
    var unpacked = folder.resolve(UNPACKED).resolve(jar.getFileName().toString());
    var archive = folder.resolve(work + ".jsa");
    if (!Files.isRegularFile(unpacked)) {
      return new Start(List.of(), jar.toString(), Optional.empty(), archive);
    }
    if (!complete(unpacked)) {
      // The archives recorded from the old copy would not match a new one: the build starts over.
      try {
        delete(folder);
      } catch (IOException e) {
        // The next run finds it incomplete again and starts from the packaged jar again.
      }
      return new Start(List.of(), jar.toString(), Optional.empty(), archive);
    }
    try {
      Files.setLastModifiedTime(folder.resolve(SOURCE), FileTime.from(Instant.now()));
    } catch (IOException e) {
      // Only the choice of which earlier build to keep reads it.
    }
    if (Files.isRegularFile(archive)) {
      return new Start(
          List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
          unpacked.toString(),
          Optional.empty(),
          archive);
    }
    var attempts = folder.resolve(work + ".attempts");
    int attempted = attemptsSoFar(attempts);
    if (attempted >= MAX_ATTEMPTS) {
      return new Start(List.of(), unpacked.toString(), Optional.empty(), archive);
    }
    try {
      Files.writeString(attempts, Integer.toString(attempted + 1), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return new Start(List.of(), unpacked.toString(), Optional.empty(), archive);
    }
    var written = folder.resolve(work + ".jsa." + pid);
    return new Start(
        List.of("-XX:ArchiveClassesAtExit=" + written, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
        unpacked.toString(),
        Optional.of(written),
        archive);
  }

  /**
   * Unpacks the jar for the next run, unless an earlier run did; removes earlier builds' folders.
   */
  void unpack(Path java) {
    var unpacked = folder.resolve(UNPACKED);
    if (Files.isDirectory(unpacked)) {
      return;
    }
    try {
      Files.createDirectories(folder);
      removeEarlierBuilds();
      removeLeftovers();
      Files.writeString(folder.resolve(SOURCE), jar.toString(), StandardCharsets.UTF_8);
      var partial = Files.createTempDirectory(folder, UNPACKED + ".");
      var extract =
          new ProcessBuilder(
                  java.toString(),
                  "-Djarmode=tools",
                  "-jar",
                  jar.toString(),
                  "extract",
                  "--force",
                  "--destination",
                  partial.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      try {
        if (extract.waitFor() == 0
            && Files.isRegularFile(partial.resolve(jar.getFileName().toString()))) {
          listSizes(partial);
          move(partial, unpacked);
        }
      } finally {
        if (Files.exists(partial)) {
          delete(partial);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // Without the unpacked jar the next run starts as this one did.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Keeps the archive the bounded JVM wrote when it ended, for the runs after it. */
  static void keep(Start start) {
    start
        .archiveWritten()
        .filter(Files::isRegularFile)
        .ifPresent(
            written -> {
              try {
                if (Files.size(written) > 0 && !Files.exists(start.archive())) {
                  move(written, start.archive());
                }
              } catch (IOException e) {
                // The next run records the archive again.
              } finally {
                try {
                  Files.deleteIfExists(written);
                } catch (IOException e) {
                  // Left for the next removal of this build's folder.
                }
              }
            });
  }

  /**
   * Keeps, of the earlier builds of this jar, the one started last: an instance of it may still be
   * running from its folder and load classes from there.
   */
  private void removeEarlierBuilds() throws IOException {
    List<Path> earlier;
    try (Stream<Path> builds = Files.list(folder.getParent())) {
      earlier =
          builds
              .filter(path -> !path.equals(folder) && isBuildOfThisJar(path))
              .sorted(Comparator.comparing(ClassDataCache::lastStart).reversed())
              .toList();
    }
    for (var build : earlier.subList(Math.min(1, earlier.size()), earlier.size())) {
      delete(build);
    }
  }

  private boolean isBuildOfThisJar(Path build) {
    try {
      var source = build.resolve(SOURCE);
      return Files.isRegularFile(source)
          && Files.readString(source, StandardCharsets.UTF_8).equals(jar.toString());
    } catch (IOException e) {
      return false;
    }
  }

  private static FileTime lastStart(Path build) {
    try {
      return Files.getLastModifiedTime(build.resolve(SOURCE));
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  /** What a launcher stopped while unpacking, or a JVM killed while writing its archive, left. */
  private void removeLeftovers() throws IOException {
    try (Stream<Path> paths = Files.list(folder)) {
      for (var leftover :
          paths
              .filter(
                  path -> {
                    var name = path.getFileName().toString();
                    return name.startsWith(UNPACKED + ".") || name.matches(".*\\.jsa\\.\\d+");
                  })
              .toList()) {
        delete(leftover);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void delete(Path path) throws IOException {
    try (Stream<Path> paths = Files.walk(path)) {
      for (var each : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(each);
      }
    }
  }

  private static String digest(String text) {
    try {
      var bytes =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(bytes, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> withStart(List<String> command, Start start) {
    var changed = new ArrayList<>(command);
    int jarAt = changed.indexOf("-jar");
    changed.set(jarAt + 1, start.jar());
    changed.addAll(jarAt, start.options());
    return changed;
  }
}
