package org.competenceatlas.launcher;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.module.ModuleFinder;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Gives {@code java -jar competence-atlas.jar} a bounded heap when the user chose none. Without
 * one, HotSpot lets the heap grow towards a quarter of the machine's memory whenever the process is
 * busy (an import, a load, a burst of writes), and a jar cannot choose its own JVM options. So the
 * first JVM starts a second one on the same jar, with the same options and arguments plus {@code
 * -Xmx} (and, to serve, the JDK's vector module), and only waits for it: it passes on a stop signal
 * and ends with the second one's exit status. A heap size given in any form, a debugger or agent,
 * options in {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS}, or {@code
 * ATLAS_JVM_DEFAULTS=false} leave the JVM as it was started (docs/operating.md, "Memory and machine
 * size").
 */
public final class JvmDefaults {

  /** The heap the launcher gives the JVM it starts. */
  static final int HEAP_MB = 768;

  static final String HEAP = HEAP_MB + "m";

  /** Set in the JVM the launcher started, to the heap it chose. */
  static final String CHOSEN_HEAP = "atlas.jvm-defaults.heap";

  static final String SWITCH = "ATLAS_JVM_DEFAULTS";

  /**
   * The JDK's vector module, with which recognition compares vectors (meaning's DotProducts); a jar
   * cannot add a module to the JVM it runs in.
   */
  static final String VECTOR_MODULE = "jdk.incubator.vector";

  static final String INCUBATOR_WARNING = "WARNING: Using incubator modules: " + VECTOR_MODULE;

  private static final boolean VECTOR_MODULE_PRESENT =
      ModuleFinder.ofSystem().find(VECTOR_MODULE).isPresent();

  private static final List<String> HEAP_OPTIONS =
      List.of(
          "-Xmx",
          "-Xms",
          "-XX:MaxHeapSize=",
          "-XX:InitialHeapSize=",
          "-XX:MaxRAM=",
          "-XX:MaxRAMPercentage=",
          "-XX:MaxRAMFraction=",
          "-XX:InitialRAMPercentage=",
          "-XX:MinRAMPercentage=");

  private static final List<String> DEBUG_OPTIONS =
      List.of("-agentlib:", "-agentpath:", "-javaagent:", "-Xrunjdwp", "-Xdebug");

  private static final List<String> OPTION_VARIABLES =
      List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

  private JvmDefaults() {}

  /**
   * What this JVM knows of how it was started.
   *
   * @param options the JVM's options, as {@code RuntimeMXBean.getInputArguments()} gives them
   * @param classPath {@code java.class.path}: the jar alone when started with {@code -jar}
   * @param javaCommand {@code sun.java.command}: the jar or main class, then the arguments
   * @param maxHeap the heap this JVM may grow to
   */
  record Jvm(
      List<String> options,
      String classPath,
      String javaCommand,
      Path javaHome,
      String vmVersion,
      long maxHeap,
      Map<String, String> environment,
      String chosenHeap) {

    static Jvm current() {
      return new Jvm(
          ManagementFactory.getRuntimeMXBean().getInputArguments(),
          System.getProperty("java.class.path", ""),
          System.getProperty("sun.java.command", ""),
          Path.of(System.getProperty("java.home")),
          System.getProperty("java.vm.version", ""),
          Runtime.getRuntime().maxMemory(),
          System.getenv(),
          System.getProperty(CHOSEN_HEAP));
    }
  }

  /**
   * Runs the arguments in a JVM with the default heap and returns its exit status, or nothing when
   * this JVM should do the work itself: a heap was chosen, or the JVM was not started as {@code
   * java -jar}, or a second JVM could not be started.
   */
  public static OptionalInt runInBoundedJvm(String[] args) {
    var jvm = Jvm.current();
    var command = command(jvm, List.of(args));
    if (command.isEmpty()) {
      watchLauncher();
      return OptionalInt.empty();
    }
    var cache = ClassDataCache.of(jvm, List.of(args));
    var start = cache.map(classData -> classData.start(ProcessHandle.current().pid()));
    boolean vectorModuleAdded = command.get().contains("--add-modules=" + VECTOR_MODULE);
    Process child;
    try {
      var builder =
          new ProcessBuilder(
                  start
                      .map(chosen -> ClassDataCache.withStart(command.get(), chosen))
                      .orElse(command.get()))
              .inheritIO();
      if (vectorModuleAdded) {
        builder.redirectError(ProcessBuilder.Redirect.PIPE);
      }
      child = builder.start();
    } catch (IOException e) {
      System.err.println(
          "Could not start a JVM with a bounded heap ("
              + e.getMessage()
              + "); running in this one");
      return OptionalInt.empty();
    }
    var errors =
        new Thread(() -> withoutIncubatorWarning(child.getErrorStream(), System.err), "jvm-errors");
    errors.setDaemon(true);
    if (vectorModuleAdded) {
      errors.start();
    }
    // The launcher only waits meanwhile: it unpacks the jar for the next run of this build.
    var unpacking = new Thread(() -> cache.ifPresent(classData -> classData.unpack(java(jvm))));
    unpacking.setName("unpack-for-class-data-sharing");
    unpacking.setDaemon(true);
    if (start.isPresent() && start.get().fromPackagedJar()) {
      unpacking.start();
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stop(child);
                  start.ifPresent(ClassDataCache::keep);
                },
                "stop-bounded-jvm"));
    int status = waitFor(child);
    join(errors);
    start.ifPresent(ClassDataCache::keep);
    join(unpacking);
    return OptionalInt.of(status);
  }

  /** The command that starts the bounded JVM, or nothing when this JVM should do the work. */
  static Optional<List<String>> command(Jvm jvm, List<String> args) {
    if (jvm.chosenHeap() != null
        || "false".equalsIgnoreCase(jvm.environment().get(SWITCH))
        || OPTION_VARIABLES.stream().anyMatch(jvm.environment()::containsKey)
        || !startedWithJar(jvm)
        || jvm.options().stream().anyMatch(JvmDefaults::choosesHeapOrDebugs)
        || jvm.maxHeap() <= HEAP_MB * 1024L * 1024) {
      return Optional.empty();
    }
    var command = new ArrayList<String>();
    command.add(java(jvm).toString());
    command.addAll(jvm.options());
    if (VECTOR_MODULE_PRESENT && comparesVectors(args) && !addsVectorModule(jvm.options())) {
      command.add("--add-modules=" + VECTOR_MODULE);
    }
    command.add("-Xmx" + HEAP);
    command.add("-D" + CHOSEN_HEAP + "=" + HEAP);
    command.add("-jar");
    command.add(jvm.classPath());
    command.addAll(args);
    return Optional.of(command);
  }

  /**
   * Only the service and the recognition benchmark compare vectors: an added module costs every JVM
   * start its archived module graph, and makes the JVM print a warning.
   */
  private static boolean comparesVectors(List<String> args) {
    return args.isEmpty()
        || (args.get(0).startsWith("-") && !List.of("-h", "--help").contains(args.get(0)))
        || args.get(0).equals("evaluate-recognition");
  }

  private static boolean addsVectorModule(List<String> options) {
    return options.stream()
        .filter(option -> option.startsWith("--add-modules="))
        .flatMap(option -> List.of(option.substring("--add-modules=".length()).split(",")).stream())
        .anyMatch(VECTOR_MODULE::equals);
  }

  private static Path java(Jvm jvm) {
    return jvm.javaHome().resolve("bin").resolve("java");
  }

  private static boolean startedWithJar(Jvm jvm) {
    var jar = jvm.classPath();
    return jar.endsWith(".jar")
        && !jar.contains(File.pathSeparator)
        && jvm.javaCommand().startsWith(jar)
        && new File(jar).isFile();
  }

  private static boolean choosesHeapOrDebugs(String option) {
    return HEAP_OPTIONS.stream().anyMatch(option::startsWith)
        || DEBUG_OPTIONS.stream().anyMatch(option::startsWith);
  }

  /** Whether this JVM is the one the launcher started with its bounded heap. */
  public static boolean startedByLauncher() {
    return System.getProperty(CHOSEN_HEAP) != null;
  }

  /**
   * In the JVM the launcher started: should the launcher end without passing on a stop (killed with
   * SIGKILL), this one stops too rather than serve on unseen.
   */
  private static void watchLauncher() {
    if (!startedByLauncher()) {
      return;
    }
    ProcessHandle.current()
        .parent()
        .ifPresent(launcher -> launcher.onExit().thenRun(() -> System.exit(143)));
  }

  private static void stop(Process child) {
    child.destroy();
    waitFor(child);
  }

  /**
   * Copies what the JVM writes to its error stream, except the warning that it uses an incubating
   * module: the launcher added the module, and with {@code json-logs} every other line of the
   * process is JSON.
   */
  static void withoutIncubatorWarning(InputStream errors, PrintStream to) {
    try (var lines = new BufferedReader(new InputStreamReader(errors, Charset.defaultCharset()))) {
      boolean warned = false;
      for (var line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!warned && line.equals(INCUBATOR_WARNING)) {
          warned = true;
          continue;
        }
        to.println(line);
      }
    } catch (IOException e) {
      to.println("The launcher stopped copying the JVM's error output: " + e.getMessage());
    }
  }

  private static void join(Thread thread) {
    if (!thread.isAlive()) {
      return;
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for the child whatever interrupts this thread: the launcher must not end first. */
  private static int waitFor(Process child) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return child.waitFor();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
