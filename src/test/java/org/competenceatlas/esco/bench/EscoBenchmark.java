package org.competenceatlas.esco.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Benchmarks the ESCO import (docs/benchmarks.md, section "ESCO import"): per run, the {@code
 * import-esco} command of the packaged jar into a fresh embedded store, then the LOAD CSV yardstick
 * ({@link LoadCsvYardstick}) into another fresh store, each in a JVM of its own with default heap
 * settings. Prints every run and the medians. Not a test: run it on demand.
 *
 * <p>Arguments: the release folder, then optionally {@code --runs=3}, {@code
 * --jar=target/competence-atlas.jar}, {@code --work=target/esco-benchmark}, and {@code
 * --jvm="-XX:TieredStopAtLevel=1"} for options given to both JVMs (never a heap size: the benchmark
 * measures the normal setting).
 */
public final class EscoBenchmark {

  private static final String OPENS =
      "--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED"
          + " --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
          + " --add-opens=java.base/java.lang=ALL-UNNAMED";

  private EscoBenchmark() {}

  record Run(
      double commandWall,
      double commandCpu,
      double importTime,
      double importCpu,
      long importRss,
      double yardstickWall,
      double yardstickCpuWhole,
      double yardstickTime,
      double yardstickCpu,
      long yardstickRss) {}

  public static void main(String[] args) throws Exception {
    var release = Path.of(args[0]);
    int runs = 3;
    var jar = Path.of("target/competence-atlas.jar");
    var work = Path.of("target/esco-benchmark");
    var jvm = new ArrayList<String>();
    for (var arg : List.of(args).subList(1, args.length)) {
      if (arg.startsWith("--runs=")) {
        runs = Integer.parseInt(arg.substring(7));
      } else if (arg.startsWith("--jar=")) {
        jar = Path.of(arg.substring(6));
      } else if (arg.startsWith("--work=")) {
        work = Path.of(arg.substring(7));
      } else if (arg.startsWith("--jvm=")) {
        jvm.addAll(List.of(arg.substring(6).trim().split("\\s+")));
      }
    }
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var results = new ArrayList<Run>();
    System.out.println("load average before: " + loadAverage() + "; JVM options: " + jvm);
    for (int i = 1; i <= runs; i++) {
      var appStore = fresh(work.resolve("run-" + i + "-app"));
      var appCommand = new ArrayList<>(List.of(java));
      appCommand.addAll(jvm);
      appCommand.addAll(
          List.of(
              "-jar",
              jar.toString(),
              "import-esco",
              "--dir=" + release,
              "--atlas.neo4j.embedded.data-directory=" + appStore,
              "--atlas.neo4j.embedded.bolt-port=0"));
      var app = run(appCommand, work.resolve("run-" + i + "-app.log"));
      var yardStore = fresh(work.resolve("run-" + i + "-yardstick"));
      var command = new ArrayList<>(List.of(java));
      command.addAll(jvm);
      command.addAll(List.of(OPENS.split(" ")));
      command.addAll(
          List.of(
              "-cp",
              System.getProperty("java.class.path"),
              LoadCsvYardstick.class.getName(),
              release.toString(),
              yardStore.toString()));
      var yard = run(command, work.resolve("run-" + i + "-yardstick.log"));
      var result =
          new Run(
              app.wall,
              app.cpu,
              number(app.output, "ESCO \\S+ imported \\(languages: [^)]*\\) in ([\\d.]+) s"),
              number(app.output, "processor time of this process \\(all cores\\)\\s+([\\d.]+) s"),
              importRss(app.output),
              yard.wall,
              yard.cpu,
              number(yard.output, "yardstick: LOAD CSV total ([\\d.]+) s"),
              number(yard.output, "yardstick: processor time ([\\d.]+) s"),
              (long) number(yard.output, "yardstick: peak RSS (\\d+) MB"));
      results.add(result);
      System.out.printf(Locale.ROOT, "run %d: %s (load average %s)%n", i, result, loadAverage());
      delete(appStore);
      delete(yardStore);
    }
    System.out.println();
    System.out.println("| measure | median of " + runs + " | runs |");
    System.out.println("| --- | ---: | --- |");
    row(results, "import-esco command, JVM start to exit (s)", Run::commandWall);
    row(results, "import-esco command, processor time, whole process (s)", Run::commandCpu);
    row(results, "import proper: check, read, write, commit (s)", Run::importTime);
    row(results, "import proper, processor time, all cores (s)", Run::importCpu);
    row(results, "import-esco peak RSS (MB)", r -> r.importRss);
    row(results, "LOAD CSV yardstick, JVM start to exit (s)", Run::yardstickWall);
    row(results, "LOAD CSV yardstick, processor time, whole process (s)", Run::yardstickCpuWhole);
    row(results, "LOAD CSV script alone (s)", Run::yardstickTime);
    row(results, "LOAD CSV script, processor time (s)", Run::yardstickCpu);
    row(results, "LOAD CSV yardstick peak RSS (MB)", r -> r.yardstickRss);
    System.out.printf(
        Locale.ROOT,
        "%nratios of the medians, command / yardstick, whole processes: wall %.2f, processor"
            + " time %.2f; import proper / LOAD CSV script: %.2f%n",
        median(results, Run::commandWall) / median(results, Run::yardstickWall),
        median(results, Run::commandCpu) / median(results, Run::yardstickCpuWhole),
        median(results, Run::importTime) / median(results, Run::yardstickTime));
    System.out.println("load average after: " + loadAverage());
  }

  private record Output(double wall, double cpu, String output) {}

  /**
   * The last line bash's {@code times} prints: user and system time of the shell's children, here
   * the one JVM, counted by the kernel up to its exit, shut-down included.
   */
  private static final Pattern CHILD_TIMES =
      Pattern.compile("(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s\\s*$");

  private static Output run(List<String> command, Path log) throws Exception {
    var timed =
        new ArrayList<>(List.of("bash", "-c", "\"$@\"; status=$?; times; exit $status", "bash"));
    timed.addAll(command);
    long started = System.nanoTime();
    var process =
        new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int status = process.waitFor();
    double wall = (System.nanoTime() - started) / 1e9;
    var output = Files.readString(log, StandardCharsets.UTF_8);
    if (status != 0) {
      throw new IllegalStateException(command + " exited with " + status + "; see " + log);
    }
    var times = CHILD_TIMES.matcher(output);
    if (!times.find()) {
      throw new IllegalStateException("no processor times at the end of " + log);
    }
    double cpu =
        Integer.parseInt(times.group(1)) * 60
            + Double.parseDouble(times.group(2))
            + Integer.parseInt(times.group(3)) * 60
            + Double.parseDouble(times.group(4));
    return new Output(wall, cpu, output);
  }

  /**
   * The import's peak resident memory: its own, plus the launcher's when the jar's launcher started
   * it in a JVM with a bounded heap, since both processes are resident while it runs.
   */
  private static long importRss(String output) {
    long rss = (long) number(output, "Peak resident memory of this process: ([\\d,]+) MB");
    var launcher =
        Pattern.compile("Peak resident memory of the launcher that started it: ([\\d,]+) MB")
            .matcher(output);
    return launcher.find() ? rss + Long.parseLong(launcher.group(1).replace(",", "")) : rss;
  }

  private static double number(String output, String regex) {
    var matcher = Pattern.compile(regex).matcher(output);
    if (!matcher.find()) {
      throw new IllegalStateException("no match for " + regex);
    }
    return Double.parseDouble(matcher.group(1).replace(",", ""));
  }

  private static void row(
      List<Run> runs, String name, java.util.function.ToDoubleFunction<Run> value) {
    var values =
        runs.stream()
            .mapToDouble(value)
            .mapToObj(v -> String.format(Locale.ROOT, "%.1f", v))
            .toList();
    System.out.printf(
        Locale.ROOT, "| %s | %.1f | %s |%n", name, median(runs, value), String.join(", ", values));
  }

  private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
    var sorted = runs.stream().mapToDouble(value).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static Path fresh(Path dir) throws IOException {
    delete(dir);
    Files.createDirectories(dir.getParent());
    return dir;
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
