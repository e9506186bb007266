package org.competenceatlas.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EscoImportCommandArgumentsTest {

  @Test
  void takesOptionsWithEqualsSignOrSpace() {
    assertThat(
            EscoImportCommand.parse(
                new String[] {"import-esco", "--dir=../esco-1.2.0", "--version", "1.2.0"}))
        .isEqualTo(new ImportOptions(Path.of("../esco-1.2.0"), "1.2.0", false));
    assertThat(EscoImportCommand.parse(new String[] {"import-esco", "--dir", "x", "--strict"}))
        .isEqualTo(new ImportOptions(Path.of("x"), null, true));
  }

  @Test
  void leavesSpringPropertiesToSpring() {
    assertThat(
            EscoImportCommand.parse(
                new String[] {
                  "import-esco",
                  "--atlas.neo4j.embedded.enabled=false",
                  "--dir=x",
                  "--spring.neo4j.uri=bolt://db:7687"
                }))
        .isEqualTo(new ImportOptions(Path.of("x"), null, false));
  }

  @Test
  void refusesUnknownArgumentsAndAMissingFolder() {
    assertThatThrownBy(() -> EscoImportCommand.parse(new String[] {"import-esco", "--dri=x"}))
        .hasMessage("Unknown argument(s): --dri=x");
    assertThatThrownBy(() -> EscoImportCommand.parse(new String[] {"import-esco", "--strict"}))
        .hasMessage("--dir is required");
    assertThatThrownBy(() -> EscoImportCommand.parse(new String[] {"import-esco", "--dir"}))
        .hasMessage("--dir needs a value");
  }
}
