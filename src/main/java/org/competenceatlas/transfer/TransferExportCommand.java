package org.competenceatlas.transfer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code export-transfers} command: {@code java -jar competence-atlas.jar export-transfers
 * --out=<file.csv> [--top=50]} writes the transfer scores between occupations (see {@link
 * TransferMatrixExport}) and exits: 0 when written, 1 when it failed, 2 for wrong arguments.
 */
@Component
@Profile("export-transfers")
class TransferExportCommand implements ApplicationRunner, ExitCodeGenerator {

  static final String USAGE =
      "Usage: export-transfers --out=<file.csv> [--top=<n>]\n"
          + "  --out  the CSV file to write (replaced if it exists)\n"
          + "  --top  the best n destinations per occupation (default 50); 0 writes every pair";

  private static final Logger log = LoggerFactory.getLogger(TransferExportCommand.class);

  private final TransferMatrixExport export;
  private int exitCode;

  TransferExportCommand(TransferMatrixExport export) {
    this.export = export;
  }

  @Override
  public void run(ApplicationArguments args) {
    var out = args.getOptionValues("out");
    var top = args.getOptionValues("top");
    int n;
    try {
      n = top == null || top.isEmpty() ? 50 : Integer.parseInt(top.get(0));
    } catch (NumberFormatException e) {
      n = -1;
    }
    if (out == null || out.size() != 1 || n < 0) {
      System.err.println(USAGE);
      exitCode = 2;
      return;
    }
    var file = Path.of(out.get(0));
    long started = System.nanoTime();
    try (var writer =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      long rows = export.write(writer, n);
      log.info(
          "Wrote {} rows to {} in {} ms",
          rows,
          file.toAbsolutePath(),
          (System.nanoTime() - started) / 1_000_000);
    } catch (IOException | RuntimeException e) {
      log.error("export-transfers failed: {}", e.getMessage());
      exitCode = 1;
    }
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
