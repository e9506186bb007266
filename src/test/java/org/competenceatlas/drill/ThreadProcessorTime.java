package org.competenceatlas.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The processor time a JVM's threads have used so far, by kind of thread, read from Linux's {@code
 * /proc/<pid>/task}: where a start-up's processor time went (its JIT compilers, the DBMS's Bolt
 * workers running Cypher, the main thread), which a process's total cannot say.
 */
final class ThreadProcessorTime {

  /** The kinds, in the order they are printed; a thread belongs to the first whose name fits. */
  private static final Map<String, String> KINDS =
      Map.of(
          "C2 CompilerThre", "C2 compiler",
          "C1 CompilerThre", "C1 compiler",
          "neo4j.BoltWorke", "Bolt workers",
          "java", "main");

  private static final String[] ORDER = {
    "C2 compiler", "C1 compiler", "Bolt workers", "main", "other"
  };

  private ThreadProcessorTime() {}

  /**
   * Seconds of processor time (user and system) per kind of thread, and {@code total}; empty where
   * there is no {@code /proc}. Threads that ended already are not counted.
   */
  static Map<String, Double> of(ProcessHandle process) {
    var seconds = new LinkedHashMap<String, Double>();
    var tasks = Path.of("/proc", Long.toString(process.pid()), "task");
    if (!Files.isDirectory(tasks)) {
      return seconds;
    }
    for (var kind : ORDER) {
      seconds.put(kind, 0.0);
    }
    // The kernel counts in clock ticks of 1/100 s on every Linux this runs on (USER_HZ).
    try (Stream<Path> threads = Files.list(tasks)) {
      threads.forEach(
          thread -> {
            try {
              var name = Files.readString(thread.resolve("comm")).strip();
              var stat = Files.readString(thread.resolve("stat"));
              var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
              double used = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
              var kind =
                  KINDS.entrySet().stream()
                      .filter(entry -> name.startsWith(entry.getKey()))
                      .map(Map.Entry::getValue)
                      .findFirst()
                      .orElse("other");
              seconds.merge(kind, used, Double::sum);
            } catch (IOException | RuntimeException ended) {
              // The thread ended while being read.
            }
          });
    } catch (IOException e) {
      return Map.of();
    }
    seconds.put("total", seconds.values().stream().mapToDouble(Double::doubleValue).sum());
    return seconds;
  }
}
