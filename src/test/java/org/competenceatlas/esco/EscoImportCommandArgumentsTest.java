package org.competenceatlas.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.competenceatlas.command.CommandLauncher;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParameterException;

class EscoImportCommandArgumentsTest {

  private final CommandLauncher launcher =
      new CommandLauncher(Object.class, List.of(EscoImportCommand.class));

  @Test
  void takesOptionsWithEqualsSignOrSpace() {
    assertThat(options("import-esco", "--dir=../esco-1.2.0", "--version", "1.2.0"))
        .isEqualTo(new ImportOptions(Path.of("../esco-1.2.0"), "1.2.0", false));
    assertThat(options("import-esco", "--dir", "x", "--strict"))
        .isEqualTo(new ImportOptions(Path.of("x"), null, true));
  }

  @Test
  void leavesSpringPropertiesToSpring() {
    assertThat(
            options(
                "import-esco",
                "--atlas.neo4j.embedded.enabled=false",
                "--dir=x",
                "--spring.neo4j.uri=bolt://db:7687"))
        .isEqualTo(new ImportOptions(Path.of("x"), null, false));
  }

  @Test
  void refusesUnknownArgumentsAndAMissingFolder() {
    assertThatThrownBy(() -> options("import-esco", "--dir=x", "--dri=y"))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Unknown option: '--dri=y'");
    assertThatThrownBy(() -> options("import-esco", "--strict"))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("--dir");
    assertThatThrownBy(() -> options("import-esco", "--dir"))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("--dir");
  }

  private ImportOptions options(String... args) {
    return ((EscoImportCommand) launcher.parse(args)).options();
  }

  @Test
  void aTransactionOverNeo4jsMemoryLimitIsAnsweredWithTheHeapToGive() {
    // Neo4j's words when the release's transaction outgrew the heap of a 512 MB JVM.
    var refused =
        new IllegalStateException(
            "Transaction failed",
            new RuntimeException(
                "The allocation of an extra 6.7 MiB would use more than the limit 358.4 MiB."
                    + " Currently using 356.0 MiB. dbms.memory.transaction.total.max threshold"
                    + " reached"));

    assertThat(EscoImportCommand.heapAdvice(refused))
        .contains("needs more memory than this JVM's heap")
        .contains("java -Xmx2g -jar competence-atlas.jar import-esco");
    assertThat(EscoImportCommand.heapAdvice(new IllegalStateException("Connection refused")))
        .isEmpty();
  }
}
