package org.competenceatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The jar's commands as a user meets them: {@code --help}, {@code help}, and wrong arguments
 * refused with status 2 before anything starts; docs/commands.md describes every one of them.
 */
class CommandsTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  static Stream<String> names() {
    return CompetenceAtlasApplication.commands().names().stream();
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyCommandAnswersHelpWithItsUsageAndStatusZero(String name) {
    assertThat(run(name, "--help")).isZero();

    assertThat(text(out))
        .startsWith("Usage: java -jar competence-atlas.jar " + name + " ")
        .contains("-h, --help", "Spring properties may follow", "Exit status: 0 done");
    assertThat(text(err)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"help", "--help", "-h"})
  void helpListsEveryCommand(String help) {
    assertThat(CompetenceAtlasApplication.commands().handles(new String[] {help})).isTrue();
    assertThat(run(help)).isZero();

    assertThat(text(out)).contains(names().toArray(String[]::new));
  }

  @Test
  void aMistypedCommandIsRefusedWithTheUsageInsteadOfStartingTheService() {
    assertThat(CompetenceAtlasApplication.commands().handles(new String[] {"imprt-esco"})).isTrue();
    assertThat(run("imprt-esco", "--dir=x")).isEqualTo(2);

    assertThat(text(err)).contains("'imprt-esco'").contains("Did you mean").contains("import-esco");
  }

  @Test
  void springPropertiesAloneStartTheService() {
    assertThat(
            CompetenceAtlasApplication.commands()
                .handles(new String[] {"--server.port=9090", "--atlas.seed.enabled=false"}))
        .isFalse();
    assertThat(CompetenceAtlasApplication.commands().handles(new String[0])).isFalse();
  }

  static Stream<Arguments> wrongArguments() {
    return Stream.of(
        Arguments.of("import-esco --strict", "Missing required option: '--dir=<folder>'"),
        Arguments.of("import-esco --dir=x --dri=y", "Unknown option: '--dri=y'"),
        Arguments.of("import-esco --dir", "Missing required parameter for option '--dir'"),
        Arguments.of("export-graph --format=xml --out=x", "Invalid value for option '--format'"),
        Arguments.of("export-graph --format=csv", "Missing required option: '--out"),
        Arguments.of("export-graph --format=graphml --out=x --top=-1", "'-1' is below 0"),
        Arguments.of("export-transfers --out=x --top=all", "'all' is not a whole number"),
        Arguments.of("backup", "Missing required option: '--to=FILE'"),
        Arguments.of("restore --from", "Missing required parameter for option '--from'"),
        Arguments.of("restore --from=x extra", "Unmatched argument at index 2: 'extra'"));
  }

  @ParameterizedTest
  @MethodSource("wrongArguments")
  void wrongArgumentsExitWithTwoTheReasonAndTheUsage(String line, String reason) {
    assertThat(run(line.split(" "))).isEqualTo(2);

    assertThat(text(err)).contains(reason).contains("Usage: java -jar competence-atlas.jar ");
    assertThat(text(out)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("names")
  void theCommandsDocDescribesEveryCommandAndOption(String name) throws IOException {
    var doc = Files.readString(Path.of("docs/commands.md"));
    var section =
        Pattern.compile(
                "^## `" + Pattern.quote(name) + "`$(.*?)(?=^## |\\z)",
                Pattern.MULTILINE | Pattern.DOTALL)
            .matcher(doc);
    assertThat(section.find()).as("a section '## `%s`' in docs/commands.md", name).isTrue();

    var spec =
        new CommandLine(CompetenceAtlasApplication.commands().parse(name, "--help"))
            .getCommandSpec();
    for (var option : spec.options()) {
      if (!option.usageHelp()) {
        assertThat(section.group(1)).as(name).contains("`" + option.longestName());
      }
    }
  }

  private int run(String... args) {
    return CompetenceAtlasApplication.commands()
        .run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}
