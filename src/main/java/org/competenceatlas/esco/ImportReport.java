package org.competenceatlas.esco;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an import did: counts per node label and relationship type, what it deprecated, every
 * skipped row, and where the time went.
 *
 * @param version the release imported
 * @param languages the languages whose labels it brought
 * @param nodes concepts of the release per node label
 * @param relationships relationships of the release per type
 * @param links relationships per type and end labels, such as "BROADER (LearningOutcome→...)"
 * @param deprecated concepts of earlier releases that this one no longer has, per label
 * @param linksReplaced relationships of earlier releases removed before writing this one
 * @param skipped the rows (or references) left out, each with file, line and reason
 * @param notes remarks that are not errors, such as an optional file the folder lacks
 * @param ignoredFiles CSV files of the folder that are not ESCO files
 * @param phases time per phase, in order
 * @param steps time per file read and per write step, in order
 * @param cpu processor time this process spent on the import (with the embedded DBMS, its work
 *     too), on all cores; on a busy machine a steadier measure than the elapsed time
 */
record ImportReport(
    String version,
    List<String> languages,
    Map<String, Integer> nodes,
    Map<String, Integer> relationships,
    Map<String, Integer> links,
    Map<String, Integer> deprecated,
    long linksReplaced,
    List<SkippedRow> skipped,
    List<String> notes,
    List<String> ignoredFiles,
    Map<String, Duration> phases,
    Map<String, Duration> steps,
    Duration cpu) {

  Duration total() {
    return phases.values().stream().reduce(Duration.ZERO, Duration::plus);
  }

  /** The summary the command prints. */
  String render() {
    var out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%nESCO %s imported (languages: %s) in %s%n",
            version,
            String.join(", ", languages),
            seconds(total())));
    out.append(
        String.format(Locale.ROOT, "%n  %-58s %10s %11s%n", "Nodes", "in release", "deprecated"));
    nodes.forEach(
        (label, count) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "    %-56s %,10d %,11d%n",
                    label,
                    count,
                    deprecated.getOrDefault(label, 0))));
    out.append(String.format(Locale.ROOT, "%n  %-58s %10s%n", "Relationships", "in release"));
    relationships.forEach(
        (type, count) -> {
          out.append(String.format(Locale.ROOT, "    %-56s %,10d%n", type, count));
          links.forEach(
              (link, n) -> {
                if (link.startsWith(type + " (") && n > 0 && n < count) {
                  out.append(String.format(Locale.ROOT, "      %-54s %,10d%n", link, n));
                }
              });
        });
    out.append(
        String.format(
            Locale.ROOT,
            "    %-56s %,10d%n",
            "(relationships of earlier imports replaced)",
            linksReplaced));
    out.append(String.format(Locale.ROOT, "%n  Skipped rows: %,d%n", skipped.size()));
    for (var row : skipped) {
      out.append("    ").append(row).append('\n');
    }
    if (!notes.isEmpty() || !ignoredFiles.isEmpty()) {
      out.append("\n  Notes\n");
      for (var note : notes) {
        out.append("    ").append(note).append('\n');
      }
      if (!ignoredFiles.isEmpty()) {
        out.append("    not ESCO files, ignored: ")
            .append(String.join(", ", ignoredFiles))
            .append('\n');
      }
    }
    out.append("\n  Time\n");
    phases.forEach(
        (phase, time) ->
            out.append(String.format(Locale.ROOT, "    %-56s %10s%n", phase, seconds(time))));
    out.append(String.format(Locale.ROOT, "    %-56s %10s%n", "total", seconds(total())));
    if (!cpu.isNegative()) {
      out.append(
          String.format(
              Locale.ROOT,
              "    %-56s %10s%n",
              "processor time of this process (all cores)",
              seconds(cpu)));
    }
    out.append("\n  Slowest files and steps\n");
    steps.entrySet().stream()
        .sorted(Map.Entry.<String, Duration>comparingByValue().reversed())
        .limit(8)
        .forEach(
            step ->
                out.append(
                    String.format(
                        Locale.ROOT, "    %-56s %10s%n", step.getKey(), seconds(step.getValue()))));
    return out.toString();
  }

  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
  }
}
