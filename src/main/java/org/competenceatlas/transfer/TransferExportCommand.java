package org.competenceatlas.transfer;

import java.nio.file.Path;
import org.competenceatlas.command.AtlasCommand;
import org.competenceatlas.command.NonNegativeNumber;
import org.competenceatlas.common.ReplacedOnSuccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar competence-atlas.jar export-transfers --out=<file.csv> [--top=50]}: writes the
 * transfer scores between occupations (see {@link TransferMatrixExport}).
 */
@Command(
    name = "export-transfers",
    description = "Writes the transfer scores between occupations as one CSV file.")
public final class TransferExportCommand implements AtlasCommand {

  private static final Logger log = LoggerFactory.getLogger(TransferExportCommand.class);

  @Option(
      names = "--out",
      required = true,
      paramLabel = "<file.csv>",
      description = "The CSV file to write (replaced if it exists).")
  Path out;

  @Option(
      names = "--top",
      paramLabel = "<n>",
      defaultValue = "50",
      converter = NonNegativeNumber.class,
      description =
          "The best n destinations per occupation (default: ${DEFAULT-VALUE}); 0 writes every"
              + " pair.")
  int top;

  @Override
  public int run(ApplicationContext context) throws Exception {
    long started = System.nanoTime();
    var export = context.getBean(TransferMatrixExport.class);
    long rows = ReplacedOnSuccess.file(out, writer -> export.write(writer, top));
    log.info(
        "Wrote {} rows to {} in {} ms",
        rows,
        out.toAbsolutePath(),
        (System.nanoTime() - started) / 1_000_000);
    return 0;
  }
}
