package org.competenceatlas.research;

import java.nio.file.Path;
import java.util.Map;
import org.competenceatlas.command.AtlasCommand;
import org.competenceatlas.command.NonNegativeNumber;
import org.competenceatlas.common.ReplacedOnSuccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar competence-atlas.jar export-graph --format=csv|graphml --out=<folder|file>
 * [--top=50]}: writes the taxonomy and the transfer graph (see {@link GraphExport}).
 */
@Command(
    name = "export-graph",
    description = "Writes the taxonomy and the transfer graph for network analysis tools.")
public final class GraphExportCommand implements AtlasCommand {

  /** The two ways the graph is written. */
  enum Format {
    CSV,
    GRAPHML
  }

  private static final Logger log = LoggerFactory.getLogger(GraphExportCommand.class);

  @Option(
      names = "--format",
      required = true,
      paramLabel = "csv|graphml",
      description = "csv: one file per table in the folder --out; graphml: one file --out.")
  Format format;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "<folder|file>",
      description = "The folder (csv) or file (graphml) to write; existing files are replaced.")
  Path out;

  @Option(
      names = "--top",
      paramLabel = "<n>",
      defaultValue = "50",
      converter = NonNegativeNumber.class,
      description =
          "The best n destinations per occupation in the transfer graph (default: ${DEFAULT-VALUE});"
              + " 0 writes every pair.")
  int top;

  @Override
  public int run(ApplicationContext context) throws Exception {
    var export = context.getBean(GraphExport.class);
    long started = System.nanoTime();
    Map<String, Long> counts;
    if (format == Format.CSV) {
      counts = ReplacedOnSuccess.folder(out, folder -> export.writeCsv(folder, top));
    } else {
      counts = ReplacedOnSuccess.file(out, writer -> export.writeGraphMl(writer, top));
    }
    log.info(
        "Exported the graph as {} to {} in {} ms: {}",
        format.name().toLowerCase(java.util.Locale.ROOT),
        out.toAbsolutePath(),
        (System.nanoTime() - started) / 1_000_000,
        counts);
    return 0;
  }
}
