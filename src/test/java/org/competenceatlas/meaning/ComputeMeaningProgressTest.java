package org.competenceatlas.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ComputeMeaningProgressTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void inALogWritesALinePerTenthOfAPhaseWithoutCarriageReturns() {
    var progress = new ComputeMeaningCommand.ConsoleProgress(out, false);

    for (int done = 0; done <= 1_000; done++) {
      progress.progress("esco", "embedding", done, 1_000);
    }
    progress.note("Meaning layer of 'esco' computed");

    var text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).doesNotContainPattern("\r(?!\n)");
    var lines = text.lines().toList();
    assertThat(lines).hasSize(12);
    assertThat(lines.get(0)).startsWith("  esco: embedding 0 of 1,000 (0 %)");
    assertThat(lines.get(10)).startsWith("  esco: embedding 1,000 of 1,000 (100 %)");
    assertThat(lines.get(11)).isEqualTo("Meaning layer of 'esco' computed");
  }

  @Test
  void aSmallerCountArrivingLateFromAnotherThreadPrintsNothing() {
    var progress = new ComputeMeaningCommand.ConsoleProgress(out, false);

    progress.progress("esco", "linking", 95, 100);
    progress.progress("esco", "linking", 100, 100);
    progress.progress("esco", "linking", 99, 100);

    var lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines)
        .hasSize(2)
        .satisfiesExactly(
            first -> assertThat(first).startsWith("  esco: linking 95 of 100 (95 %)"),
            last -> assertThat(last).startsWith("  esco: linking 100 of 100 (100 %)"));
  }

  @Test
  void onATerminalRewritesOneLinePerPhaseInPlace() {
    var progress = new ComputeMeaningCommand.ConsoleProgress(out, true);

    progress.progress("esco", "embedding", 1, 2);
    progress.progress("esco", "embedding", 2, 2);
    progress.progress("esco", "linking", 1, 1);
    progress.note("done");

    // lines() would split at the carriage returns too; on a terminal only \n ends a line.
    var lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0])
        .matches("\r  esco: embedding 1 of 2 \\(50 %\\), \\d+ s\r  esco: embedding 2 of 2 .*");
    assertThat(lines[1]).matches("\r  esco: linking 1 of 1 \\(100 %\\), \\d+ s");
    assertThat(lines[2]).isEqualTo("done");
  }
}
