package org.competenceatlas.esco;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code import-esco} command: {@code java -jar competence-atlas.jar import-esco --dir=<folder>
 * [--version=<v>] [--strict]}. The application starts without web server and seed world (profile
 * {@code import-esco}), imports, prints the summary and exits: 0 when imported, 1 when the release
 * was refused or the import failed (nothing written), 2 for wrong arguments.
 */
@Component
@Profile("import-esco")
class EscoImportCommand implements ApplicationRunner, ExitCodeGenerator {

  static final String NAME = "import-esco";
  static final String USAGE =
      "Usage: import-esco --dir=<release folder> [--version=<version>] [--strict]\n"
          + "  --dir      the folder of an ESCO CSV release (files such as occupations_en.csv)\n"
          + "  --version  the release's version, such as 1.2.0; by default taken from the\n"
          + "             folder's name when it looks like esco-1.2.0 or v1.2.0\n"
          + "  --strict   refuse the whole release if any row would be skipped\n"
          + "Spring properties may follow, such as --atlas.neo4j.embedded.data-directory=...\n"
          + "or --atlas.neo4j.embedded.enabled=false --spring.neo4j.uri=bolt://host:7687";

  private static final Logger log = LoggerFactory.getLogger(EscoImportCommand.class);

  private final EscoImporter importer;
  private final PrintStream out = System.out;
  private final PrintStream err = System.err;
  private int exitCode;

  EscoImportCommand(EscoImporter importer) {
    this.importer = importer;
  }

  @Override
  public void run(ApplicationArguments args) {
    ImportOptions options;
    try {
      options = parse(args.getSourceArgs());
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      exitCode = 2;
      return;
    }
    try {
      var report = importer.importRelease(options, ConsoleProgress.forSystemOut());
      out.print(report.render());
      out.println(memory());
      exitCode = 0;
    } catch (ReleaseRefusedException e) {
      err.println(e.getMessage());
      exitCode = 1;
    } catch (RuntimeException e) {
      log.error("The import failed; the transaction was rolled back and nothing was written", e);
      err.println(
          "The import failed and nothing was written: "
              + e.getMessage()
              + "\nThe graph is as it was before the import.");
      exitCode = 1;
    }
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }

  /** Reads the command's own arguments; Spring properties ({@code --a.b=c}) are left to Spring. */
  static ImportOptions parse(String[] args) {
    Path dir = null;
    String version = null;
    boolean strict = false;
    var unknown = new ArrayList<String>();
    List<String> list = List.of(args);
    int i = !list.isEmpty() && list.get(0).equals(NAME) ? 1 : 0;
    for (; i < list.size(); i++) {
      var arg = list.get(i);
      var name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
      switch (name) {
        case "--dir", "--version" -> {
          if (value == null) {
            if (i + 1 >= list.size() || list.get(i + 1).startsWith("--")) {
              throw new IllegalArgumentException(name + " needs a value");
            }
            value = list.get(++i);
          }
          if (name.equals("--dir")) {
            dir = Path.of(value);
          } else {
            version = value;
          }
        }
        case "--strict" -> strict = true;
        default -> {
          if (!(arg.startsWith("--") && name.contains("."))) {
            unknown.add(arg);
          }
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("Unknown argument(s): " + String.join(" ", unknown));
    }
    if (dir == null) {
      throw new IllegalArgumentException("--dir is required");
    }
    return new ImportOptions(dir, version, strict);
  }

  /** Peak resident memory of this process (Linux) and the heap's limit. */
  static String memory() {
    var heap = Runtime.getRuntime().maxMemory();
    var peak = "unknown (no /proc/self/status)";
    try {
      for (var line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          peak = String.format(Locale.ROOT, "%,d MB", kb / 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: the peak stays unknown
    }
    return String.format(
        Locale.ROOT,
        "  Peak resident memory of this process: %s (heap limit %,d MB)%n",
        peak,
        heap / (1024 * 1024));
  }
}
