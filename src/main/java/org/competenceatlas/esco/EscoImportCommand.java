package org.competenceatlas.esco;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.competenceatlas.command.AtlasCommand;
import org.competenceatlas.launcher.JvmDefaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar competence-atlas.jar import-esco --dir=<folder> [--version=<v>] [--strict]}:
 * imports an ESCO release, prints the summary and exits: 0 when imported, 1 when the release was
 * refused or the import failed (nothing written).
 */
@Command(
    name = "import-esco",
    description = "Imports an ESCO CSV release into the graph, in one transaction.")
public final class EscoImportCommand implements AtlasCommand {

  private static final Logger log = LoggerFactory.getLogger(EscoImportCommand.class);

  @Option(
      names = "--dir",
      required = true,
      paramLabel = "<folder>",
      description = "The folder of an ESCO CSV release (files such as occupations_en.csv).")
  Path dir;

  @Option(
      names = "--version",
      paramLabel = "<version>",
      description =
          "The release's version, such as 1.2.0; by default taken from the folder's name when it"
              + " looks like esco-1.2.0 or v1.2.0.")
  String version;

  @Option(names = "--strict", description = "Refuse the whole release if any row would be skipped.")
  boolean strict;

  ImportOptions options() {
    return new ImportOptions(dir, version, strict);
  }

  @Override
  public int run(ApplicationContext context) {
    var out = System.out;
    var err = System.err;
    try {
      var report =
          context
              .getBean(EscoImporter.class)
              .importRelease(options(), ConsoleProgress.forSystemOut());
      out.print(report.render());
      out.println(memory());
      return 0;
    } catch (ReleaseRefusedException e) {
      err.println(e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      log.error("The import failed; the transaction was rolled back and nothing was written", e);
      err.println(
          "The import failed and nothing was written: "
              + e.getMessage()
              + "\nThe graph is as it was before the import."
              + heapAdvice(e));
      return 1;
    }
  }

  /**
   * Neo4j refuses a transaction that would hold more than its share of the heap (70 % by default);
   * the import writes a release in one, so the way out is a larger heap for the command.
   */
  static String heapAdvice(Throwable failure) {
    for (var cause = failure; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null
          && cause.getMessage().contains("dbms.memory.transaction.total.max")) {
        return String.format(
            Locale.ROOT,
            "%nThe release's single transaction needs more memory than this JVM's heap (%,d MB)"
                + " allows. Run the command with a larger one, such as java -Xmx2g -jar"
                + " competence-atlas.jar import-esco ...",
            Runtime.getRuntime().maxMemory() / (1024 * 1024));
      }
    }
    return "";
  }

  /**
   * Peak resident memory of this process (Linux) and the heap's limit; and of the launcher's JVM
   * when this one was started by it (JvmDefaults), as both hold memory while the import runs.
   */
  static String memory() {
    var heap = Runtime.getRuntime().maxMemory();
    var text =
        String.format(
            Locale.ROOT,
            "  Peak resident memory of this process: %s (heap limit %,d MB)%n",
            peak("self").orElse("unknown (no /proc/self/status)"),
            heap / (1024 * 1024));
    if (JvmDefaults.startedByLauncher()) {
      var launcher = ProcessHandle.current().parent().map(p -> String.valueOf(p.pid()));
      text +=
          String.format(
              Locale.ROOT,
              "  Peak resident memory of the launcher that started it: %s%n",
              launcher.flatMap(EscoImportCommand::peak).orElse("unknown"));
    }
    return text;
  }

  private static Optional<String> peak(String process) {
    try {
      for (var line : Files.readAllLines(Path.of("/proc", process, "status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          return Optional.of(String.format(Locale.ROOT, "%,d MB", kb / 1024));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: the peak stays unknown
    }
    return Optional.empty();
  }
}
