package org.competenceatlas.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.competenceatlas.LaunchedApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a person runs it, three times: the first run unpacks the jar, the second
 * records the classes it loads, the third maps them from that archive.
 */
class ClassDataSharingIT {

  private static final List<String> JVM_OPTION_VARIABLES =
      List.of(
          "JAVA_TOOL_OPTIONS",
          "JDK_JAVA_OPTIONS",
          "_JAVA_OPTIONS",
          JvmDefaults.SWITCH,
          ClassDataCache.SWITCH);

  @TempDir Path cache;
  @TempDir Path logs;

  private LaunchedApp.Finished help(String run, String... jvmOptions) throws Exception {
    var command = new ArrayList<>(List.of(LaunchedApp.java()));
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-jar", Path.of("target/competence-atlas.jar").toString(), "help"));
    var log = logs.resolve(run + ".log");
    var launched =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    launched.environment().keySet().removeAll(JVM_OPTION_VARIABLES);
    launched.environment().put(ClassDataCache.LOCATION, cache.toString());
    var process = launched.start();
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(run + " ended").isTrue();
    return new LaunchedApp.Finished(process.exitValue(), Files.readString(log));
  }

  private List<Path> cached(String name) throws Exception {
    try (var files = Files.walk(cache, 3)) {
      return files.filter(path -> path.getFileName().toString().equals(name)).toList();
    }
  }

  @Test
  void theThirdRunOfABuildMapsTheClassesThatItsSecondRunRecorded() throws Exception {
    var memory =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getTotalMemorySize();
    assumeThat(memory / 4)
        .as("the launcher starts a second JVM only where the default heap exceeds its bound")
        .isGreaterThan(JvmDefaults.HEAP_MB * 1024L * 1024);

    var first = help("first");
    assertThat(first.exitCode()).as(first.output()).isZero();
    assertThat(cached("competence-atlas.jar")).as("the unpacked jar").hasSize(1);
    assertThat(cached("help.jsa")).isEmpty();

    var second = help("second");
    assertThat(second.exitCode()).as(second.output()).isZero();
    assertThat(cached("help.jsa")).as("the archive of the second run").hasSize(1);

    var third = help("third", "-Xlog:class+load=info");
    assertThat(third.exitCode()).as(third.output()).isZero();
    assertThat(third.output())
        .contains(
            "org.competenceatlas.CompetenceAtlasApplication source: shared objects file (top)")
        .contains(first.output().strip().lines().reduce((a, b) -> b).orElseThrow());
  }
}
