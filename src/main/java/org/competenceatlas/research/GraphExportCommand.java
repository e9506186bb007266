package org.competenceatlas.research;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code export-graph} command: {@code java -jar competence-atlas.jar export-graph
 * --format=csv|graphml --out=<folder|file> [--top=50]} writes the taxonomy and the transfer graph
 * (see {@link GraphExport}) and exits: 0 when written, 1 when it failed, 2 for wrong arguments.
 */
@Component
@Profile("export-graph")
class GraphExportCommand implements ApplicationRunner, ExitCodeGenerator {

  static final String USAGE =
      "Usage: export-graph --format=<csv|graphml> --out=<folder|file> [--top=<n>]\n"
          + "  --format  csv: one file per table in the folder --out; graphml: one file --out\n"
          + "  --out     the folder (csv) or file (graphml) to write; existing files are replaced\n"
          + "  --top     the best n destinations per occupation in the transfer graph (default 50);"
          + " 0 writes every pair";

  private static final Logger log = LoggerFactory.getLogger(GraphExportCommand.class);

  private final GraphExport export;
  private int exitCode;

  GraphExportCommand(GraphExport export) {
    this.export = export;
  }

  @Override
  public void run(ApplicationArguments args) {
    var format = single(args, "format");
    var out = single(args, "out");
    int top = top(args);
    if (out == null || top < 0 || !("csv".equals(format) || "graphml".equals(format))) {
      System.err.println(USAGE);
      exitCode = 2;
      return;
    }
    long started = System.nanoTime();
    var target = Path.of(out);
    try {
      Map<String, Long> counts;
      if (format.equals("csv")) {
        counts = export.writeCsv(target, top);
      } else {
        try (var writer =
            new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8),
                1 << 16)) {
          counts = export.writeGraphMl(writer, top);
        }
      }
      log.info(
          "Exported the graph as {} to {} in {} ms: {}",
          format,
          target.toAbsolutePath(),
          (System.nanoTime() - started) / 1_000_000,
          counts);
    } catch (IOException | RuntimeException e) {
      log.error("export-graph failed: {}", e.getMessage());
      exitCode = 1;
    }
  }

  private static String single(ApplicationArguments args, String name) {
    var values = args.getOptionValues(name);
    return values == null || values.size() != 1 ? null : values.get(0);
  }

  private static int top(ApplicationArguments args) {
    var values = args.getOptionValues("top");
    if (values == null || values.isEmpty()) {
      return 50;
    }
    try {
      return Integer.parseInt(values.get(0));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
