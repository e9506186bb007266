package org.competenceatlas.esco;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

  @Test
  void withoutATerminalPrintsAClosingLinePerFileWithItsRate() {
    var bytes = new ByteArrayOutputStream();
    var progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

    var file = progress.file("skills_en.csv", 1_000);
    file.bytes(500);
    file.rows(10);
    file.done(20);

    var lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    // Progress lines come at most every two seconds: this fast file gets only its closing line.
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0))
        .matches("  skills_en.csv +20 rows in +\\d+\\.\\d s \\([\\d,]+ rows/s\\)");
  }

  @Test
  void onATerminalRedrawsTheLineInPlace() {
    var bytes = new ByteArrayOutputStream();
    var progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);

    var step = progress.step("REQUIRES", 10);
    step.done(10);

    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("\r  REQUIRES").endsWith("\n");
  }
}
