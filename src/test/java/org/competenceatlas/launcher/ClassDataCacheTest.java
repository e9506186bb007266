package org.competenceatlas.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataCacheTest {

  private static final long SIX_GIB = 6L * 1024 * 1024 * 1024;

  @TempDir Path work;
  private Path jar;
  private Path cache;

  @BeforeEach
  void packagedJar() throws IOException {
    jar = Files.writeString(work.resolve("competence-atlas.jar"), "a build");
    cache = work.resolve("cache");
  }

  private JvmDefaults.Jvm jvm(List<String> options, Map<String, String> environment) {
    return new JvmDefaults.Jvm(
        options, jar.toString(), jar.toString(), Path.of("jdk"), "17", SIX_GIB, environment, null);
  }

  private ClassDataCache cacheFor(List<String> options, String... args) {
    return ClassDataCache.of(
            jvm(options, Map.of(ClassDataCache.LOCATION, cache.toString())), List.of(args))
        .orElseThrow();
  }

  /** What unpacking leaves: the jar of the build, unpacked in the folder of its cache. */
  private Path unpacked() throws IOException {
    try (var folders = Files.list(cache)) {
      var folder = folders.findFirst().orElseThrow();
      return folder.resolve("jar").resolve(jar.getFileName());
    }
  }

  /** What unpacking leaves: the application's jar and its libraries, listed with their sizes. */
  private void unpackByHand() throws IOException {
    var start = cacheFor(List.of()).start(1);
    var unpacked = start.archive().getParent().resolve("jar");
    Files.createDirectories(unpacked.resolve("lib"));
    Files.writeString(unpacked.resolve("lib").resolve("library.jar"), "a library");
    Files.writeString(unpacked.resolve(jar.getFileName()), "the application");
    ClassDataCache.listSizes(unpacked);
  }

  @Test
  void startsFromThePackagedJarAgainWhenAJarOfTheUnpackedClassPathIsGone() throws IOException {
    unpackByHand();
    var unpacked = unpacked();
    Files.delete(unpacked.resolveSibling("lib").resolve("library.jar"));

    var start = cacheFor(List.of()).start(42);

    assertThat(start.jar()).isEqualTo(jar.toString());
    assertThat(start.fromPackagedJar()).isTrue();
    assertThat(unpacked.getParent()).doesNotExist();
  }

  @Test
  void startsOverFromThePackagedJarWhenAnUnpackedFileWasCutShort() throws IOException {
    unpackByHand();
    var unpacked = unpacked();
    var recorded = Files.writeString(unpacked.getParent().resolveSibling("serve.jsa"), "classes");
    Files.writeString(unpacked.resolveSibling("lib").resolve("library.jar"), "a lib");

    var start = cacheFor(List.of()).start(42);

    assertThat(start.jar()).isEqualTo(jar.toString());
    assertThat(start.options()).isEmpty();
    assertThat(recorded).doesNotExist();
    assertThat(unpacked.getParent()).doesNotExist();
  }

  @Test
  void aCompleteUnpackedJarIsUsedAsItIs() throws IOException {
    unpackByHand();
    ClassDataCache.listSizes(unpacked().getParent());

    assertThat(cacheFor(List.of()).start(42).jar()).isEqualTo(unpacked().toString());
    assertThat(cacheFor(List.of()).start(43).jar()).isEqualTo(unpacked().toString());
  }

  @Test
  void startsFromThePackagedJarUntilTheJarIsUnpacked() {
    var start = cacheFor(List.of()).start(42);

    assertThat(start.jar()).isEqualTo(jar.toString());
    assertThat(start.options()).isEmpty();
    assertThat(start.archiveWritten()).isEmpty();
  }

  @Test
  void theRunAfterUnpackingRecordsItsClassesAndTheRunsAfterItMapThem() throws IOException {
    unpackByHand();
    var recording = cacheFor(List.of()).start(42);
    var written = recording.archive().resolveSibling("serve.jsa.42");

    assertThat(recording.jar()).isEqualTo(unpacked().toString());
    assertThat(recording.options()).contains("-XX:ArchiveClassesAtExit=" + written);
    assertThat(recording.archiveWritten()).contains(written);

    Files.writeString(written, "classes");
    ClassDataCache.keep(recording);
    var mapping = cacheFor(List.of()).start(43);

    assertThat(written).doesNotExist();
    assertThat(recording.archive()).hasContent("classes");
    assertThat(mapping.jar()).isEqualTo(unpacked().toString());
    assertThat(mapping.options()).contains("-XX:SharedArchiveFile=" + recording.archive());
    assertThat(mapping.archiveWritten()).isEmpty();
  }

  @Test
  void aRunKilledBeforeItsArchiveWasWrittenLeavesTheNextRunToRecordAgain() throws IOException {
    unpackByHand();
    var killed = cacheFor(List.of()).start(42);

    ClassDataCache.keep(killed);

    assertThat(killed.archive()).doesNotExist();
    assertThat(cacheFor(List.of()).start(43).archiveWritten()).isPresent();
  }

  @Test
  void givesUpRecordingAfterTwoRunsThatLeftNoArchiveAndStartsFromTheUnpackedJar()
      throws IOException {
    unpackByHand();
    ClassDataCache.keep(cacheFor(List.of()).start(42));
    ClassDataCache.keep(cacheFor(List.of()).start(43));

    var third = cacheFor(List.of()).start(44);

    assertThat(third.archiveWritten()).isEmpty();
    assertThat(third.options()).isEmpty();
    assertThat(third.jar()).isEqualTo(unpacked().toString());
    assertThat(third.fromPackagedJar()).isFalse();
  }

  @Test
  void eachCommandHasAnArchiveOfItsOwn() throws IOException {
    unpackByHand();

    var importing = cacheFor(List.of(), "import-esco", "--dir=esco").start(42);
    var serving = cacheFor(List.of(), "--server.port", "8080").start(42);

    assertThat(importing.archive().getFileName()).hasToString("import_esco.jsa");
    assertThat(serving.archive().getFileName()).hasToString("serve.jsa");
    assertThat(importing.archive().getParent()).isEqualTo(serving.archive().getParent());
  }

  @Test
  void aNewBuildOtherJvmOptionsOrAnotherJdkGetAFolderOfTheirOwnButLoggingDoesNot()
      throws IOException {
    var folder = cacheFor(List.of()).start(1).archive().getParent();

    var otherOptions = cacheFor(List.of("-XX:+UseSerialGC")).start(1).archive().getParent();
    var logging = cacheFor(List.of("-Xlog:class+load=info")).start(1).archive().getParent();
    var otherJdk =
        ClassDataCache.of(
                new JvmDefaults.Jvm(
                    List.of(),
                    jar.toString(),
                    jar.toString(),
                    Path.of("jdk"),
                    "17.0.16",
                    SIX_GIB,
                    Map.of(ClassDataCache.LOCATION, cache.toString()),
                    null),
                List.of())
            .orElseThrow()
            .start(1)
            .archive()
            .getParent();
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000));
    var newBuild = cacheFor(List.of()).start(1).archive().getParent();

    assertThat(List.of(otherOptions, otherJdk, newBuild))
        .doesNotContain(folder)
        .doesNotHaveDuplicates();
    assertThat(logging).isEqualTo(folder);
  }

  @Test
  void unpackingANewBuildRemovesTheEarlierBuildsOfTheSameJarButTheOneStartedLast()
      throws IOException {
    var oldest = cache.resolve("oldest");
    var startedLast = cache.resolve("started-last");
    var otherJar = cache.resolve("other-jar");
    for (var folder : List.of(oldest, startedLast, otherJar)) {
      Files.createDirectories(folder.resolve("jar"));
      Files.writeString(
          folder.resolve("source"),
          (folder == otherJar ? work.resolve("another.jar") : jar.toAbsolutePath().normalize())
              .toString());
      Files.setLastModifiedTime(
          folder.resolve("source"), FileTime.fromMillis(folder == oldest ? 1_000 : 2_000));
    }
    var newBuild = cacheFor(List.of());

    // This jar is no Spring Boot jar, so its unpacking fails: the new build's run starts from the
    // packaged jar, as before.
    newBuild.unpack(Path.of(ProcessHandle.current().info().command().orElse("java")));

    assertThat(oldest).doesNotExist();
    assertThat(startedLast).exists();
    assertThat(otherJar).exists();
    assertThat(newBuild.start(2).jar()).isEqualTo(jar.toString());
    try (var left = Files.list(newBuild.start(2).archive().getParent())) {
      assertThat(left.map(path -> path.getFileName().toString())).containsExactly("source");
    }
  }

  @Test
  void isSwitchedOffByTheEnvironmentAndWithoutAFolderToLiveIn() {
    assertThat(
            ClassDataCache.of(
                jvm(
                    List.of(),
                    Map.of(
                        ClassDataCache.LOCATION, cache.toString(), ClassDataCache.SWITCH, "false")),
                List.of()))
        .isEmpty();
    assertThat(ClassDataCache.of(jvm(List.of(), Map.of()), List.of())).isEmpty();
    assertThat(ClassDataCache.of(jvm(List.of(), Map.of("HOME", work.toString())), List.of()))
        .hasValueSatisfying(
            home ->
                assertThat(home.start(1).archive())
                    .startsWithRaw(work.resolve(".cache").resolve("competence-atlas")));
  }

  @Test
  void theBoundedJvmsCommandRunsTheChosenJarWithTheChosenOptions() {
    var start =
        new ClassDataCache.Start(
            List.of("-XX:SharedArchiveFile=serve.jsa"),
            "unpacked/competence-atlas.jar",
            java.util.Optional.empty(),
            Path.of("serve.jsa"));

    assertThat(
            ClassDataCache.withStart(
                List.of("java", "-Xmx768m", "-jar", "competence-atlas.jar", "--server.port=1"),
                start))
        .containsExactly(
            "java",
            "-Xmx768m",
            "-XX:SharedArchiveFile=serve.jsa",
            "-jar",
            "unpacked/competence-atlas.jar",
            "--server.port=1");
  }
}
