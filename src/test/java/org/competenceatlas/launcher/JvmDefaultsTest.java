package org.competenceatlas.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JvmDefaultsTest {

  private static final long SIX_GIB = 6L * 1024 * 1024 * 1024;
  private static final Path JAVA_HOME = Path.of("jdk");

  @TempDir Path work;
  private String jar;

  @BeforeEach
  void packagedJar() throws IOException {
    jar = Files.createFile(work.resolve("competence-atlas.jar")).toString();
  }

  private JvmDefaults.Jvm jarStartedWith(List<String> options, Map<String, String> environment) {
    return new JvmDefaults.Jvm(
        options, jar, jar + " import-esco --dir=esco", JAVA_HOME, "17", SIX_GIB, environment, null);
  }

  @Test
  void startsAJarGivenNoHeapSizeAgainWithTheBoundAndItsOwnOptionsAndArguments() {
    var command =
        JvmDefaults.command(
            jarStartedWith(List.of("-Dfile.encoding=UTF-8", "-XX:+UseSerialGC"), Map.of()),
            List.of("import-esco", "--dir=esco"));

    assertThat(command)
        .contains(
            List.of(
                JAVA_HOME.resolve("bin").resolve("java").toString(),
                "-Dfile.encoding=UTF-8",
                "-XX:+UseSerialGC",
                "-Xmx768m",
                "-Datlas.jvm-defaults.heap=768m",
                "-jar",
                jar,
                "import-esco",
                "--dir=esco"));
  }

  @ParameterizedTest
  @CsvSource({
    "'', true",
    "--server.port=8081, true",
    "evaluate-recognition, true",
    "import-esco, false",
    "--help, false"
  })
  void givesTheVectorModuleOnlyToTheServiceAndTheRecognitionBenchmark(
      String firstArgument, boolean added) {
    var args = firstArgument.isEmpty() ? List.<String>of() : List.of(firstArgument);

    var command = JvmDefaults.command(jarStartedWith(List.of(), Map.of()), args).orElseThrow();

    assertThat(command.contains("--add-modules=jdk.incubator.vector")).isEqualTo(added);
  }

  @Test
  void passesOnTheJvmsErrorOutputWithoutTheWarningAboutTheModuleItAdded() {
    var errors =
        String.join(
            "\n",
            JvmDefaults.INCUBATOR_WARNING,
            "Exception in thread \"main\" java.lang.IllegalStateException: broken",
            "\tat Somewhere.run(Somewhere.java:1)",
            JvmDefaults.INCUBATOR_WARNING);
    var copied = new ByteArrayOutputStream();

    JvmDefaults.withoutIncubatorWarning(
        new ByteArrayInputStream(errors.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(copied, true, StandardCharsets.UTF_8));

    assertThat(copied.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "Exception in thread \"main\" java.lang.IllegalStateException: broken",
            "\tat Somewhere.run(Somewhere.java:1)",
            JvmDefaults.INCUBATOR_WARNING);
  }

  @Test
  void addsTheVectorModuleOnlyWhereTheUserDidNot() {
    var command =
        JvmDefaults.command(
            jarStartedWith(List.of("--add-modules=java.sql,jdk.incubator.vector"), Map.of()),
            List.of());

    assertThat(command.orElseThrow())
        .filteredOn(option -> option.contains("jdk.incubator.vector"))
        .containsExactly("--add-modules=java.sql,jdk.incubator.vector");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-Xmx2g",
        "-Xms1g",
        "-XX:MaxHeapSize=2147483648",
        "-XX:MaxRAMPercentage=50",
        "-XX:MaxRAM=4g",
        "-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
        "-javaagent:profiler.jar"
      })
  void leavesAJvmWhoseHeapOrAgentsTheUserChoseAsItIs(String option) {
    assertThat(JvmDefaults.command(jarStartedWith(List.of(option), Map.of()), List.of())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"})
  void leavesAJvmWhoseOptionsComeFromTheEnvironmentAsItIs(String variable) {
    assertThat(
            JvmDefaults.command(
                jarStartedWith(List.of(), Map.of(variable, "-Dfile.encoding=UTF-8")), List.of()))
        .isEmpty();
  }

  @Test
  void isSwitchedOffByTheEnvironment() {
    assertThat(
            JvmDefaults.command(
                jarStartedWith(List.of(), Map.of("ATLAS_JVM_DEFAULTS", "false")), List.of()))
        .isEmpty();
    assertThat(
            JvmDefaults.command(
                jarStartedWith(List.of(), Map.of("ATLAS_JVM_DEFAULTS", "true")), List.of()))
        .isPresent();
  }

  @Test
  void theJvmItStartedDoesNotStartAnother() {
    var started =
        new JvmDefaults.Jvm(
            List.of("-Xmx768m"), jar, jar, JAVA_HOME, "17", 768L * 1024 * 1024, Map.of(), "768m");
    var startedWithoutHeapOption =
        new JvmDefaults.Jvm(List.of(), jar, jar, JAVA_HOME, "17", SIX_GIB, Map.of(), "768m");

    assertThat(JvmDefaults.command(started, List.of())).isEmpty();
    assertThat(JvmDefaults.command(startedWithoutHeapOption, List.of())).isEmpty();
  }

  @Test
  void leavesAJvmStartedFromClassesAsItIs() {
    var fromMaven =
        new JvmDefaults.Jvm(
            List.of(),
            "target/classes" + java.io.File.pathSeparator + jar,
            "org.competenceatlas.CompetenceAtlasApplication",
            JAVA_HOME,
            "17",
            SIX_GIB,
            Map.of(),
            null);

    assertThat(JvmDefaults.command(fromMaven, List.of())).isEmpty();
  }

  @Test
  void leavesAMachineWhoseDefaultHeapIsAlreadyWithinTheBoundAsItIs() {
    var small =
        new JvmDefaults.Jvm(
            List.of(), jar, jar, JAVA_HOME, "17", 512L * 1024 * 1024, Map.of(), null);

    assertThat(JvmDefaults.command(small, List.of())).isEmpty();
  }
}
