package org.competenceatlas.research;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

/** Wrong arguments stop {@code export-graph} with status 2 before anything is read or written. */
class ResearchExportCommandArgumentsTest {

  @Test
  void anUnknownFormatIsAUsageError() {
    assertThat(exitCode("--format=xml", "--out=x")).isEqualTo(2);
  }

  @Test
  void aMissingOutIsAUsageError() {
    assertThat(exitCode("--format=csv")).isEqualTo(2);
  }

  @Test
  void aNegativeOrNonNumericTopIsAUsageError() {
    assertThat(exitCode("--format=graphml", "--out=x.graphml", "--top=-1")).isEqualTo(2);
    assertThat(exitCode("--format=graphml", "--out=x.graphml", "--top=all")).isEqualTo(2);
  }

  private static int exitCode(String... args) {
    var command = new GraphExportCommand(null);
    command.run(new DefaultApplicationArguments(args));
    return command.getExitCode();
  }
}
