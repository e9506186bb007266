package org.competenceatlas.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplacedOnSuccessTest {

  @TempDir Path temp;

  @Test
  void aFileIsReplacedOnlyOnceItsOutputIsComplete() throws IOException {
    var target = Files.writeString(temp.resolve("transfers.csv"), "previous export\n");

    long rows =
        ReplacedOnSuccess.file(
            target,
            writer -> {
              writer.write("# attribution\nrow\n");
              assertThat(Files.readString(target)).isEqualTo("previous export\n");
              return 1L;
            });

    assertThat(rows).isEqualTo(1);
    assertThat(Files.readString(target)).isEqualTo("# attribution\nrow\n");
    try (var files = Files.list(temp)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aFailedWriteLeavesThePreviousFileAndNoPartOfItsOwn() throws IOException {
    var target = Files.writeString(temp.resolve("atlas.graphml"), "previous export\n");

    assertThatThrownBy(
            () ->
                ReplacedOnSuccess.file(
                    target,
                    writer -> {
                      writer.write("<graphml>");
                      throw new IOException("the database went away");
                    }))
        .hasMessage("the database went away");

    assertThat(Files.readString(target)).isEqualTo("previous export\n");
    try (var files = Files.list(temp)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aFailedFolderExportLeavesEveryPreviousFile() throws IOException {
    var folder = Files.createDirectories(temp.resolve("atlas-export"));
    Files.writeString(folder.resolve("occupations.csv"), "previous occupations\n");
    Files.writeString(folder.resolve("transfers.csv"), "previous transfers\n");

    assertThatThrownBy(
            () ->
                ReplacedOnSuccess.folder(
                    folder,
                    into -> {
                      Files.writeString(into.resolve("occupations.csv"), "new occupations\n");
                      throw new IOException("the transfer index is not built");
                    }))
        .hasMessage("the transfer index is not built");

    assertThat(Files.readString(folder.resolve("occupations.csv")))
        .isEqualTo("previous occupations\n");
    assertThat(Files.readString(folder.resolve("transfers.csv"))).isEqualTo("previous transfers\n");
    try (var files = Files.list(folder)) {
      assertThat(files)
          .containsExactlyInAnyOrder(
              folder.resolve("occupations.csv"), folder.resolve("transfers.csv"));
    }
  }

  @Test
  void aCompleteFolderExportReplacesItsFilesAndLeavesOthers() throws IOException {
    var folder = Files.createDirectories(temp.resolve("atlas-export"));
    Files.writeString(folder.resolve("occupations.csv"), "previous occupations\n");
    Files.writeString(folder.resolve("notes.txt"), "mine\n");

    ReplacedOnSuccess.folder(
        folder,
        into -> {
          Files.writeString(into.resolve("occupations.csv"), "new occupations\n");
          return 1L;
        });

    assertThat(Files.readString(folder.resolve("occupations.csv"))).isEqualTo("new occupations\n");
    assertThat(Files.readString(folder.resolve("notes.txt"))).isEqualTo("mine\n");
    try (var files = Files.list(folder)) {
      assertThat(files)
          .containsExactlyInAnyOrder(
              folder.resolve("occupations.csv"), folder.resolve("notes.txt"));
    }
  }

  @Test
  void aFileIsWrittenWithTheProcesssOwnPermissionsAndThroughALink() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    var real = Files.writeString(temp.resolve("real.csv"), "previous\n");
    var link = Files.createSymbolicLink(temp.resolve("link.csv"), real);
    var created = temp.resolve("created.csv");
    var plain = Files.writeString(temp.resolve("plain.txt"), "");

    ReplacedOnSuccess.file(link, writer -> writer.append("new\n"));
    ReplacedOnSuccess.file(created, writer -> writer.append("new\n"));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new\n");
    assertThat(Files.getPosixFilePermissions(created))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void aFileWhereAFolderIsExpectedIsRefusedBeforeAnythingIsWritten() throws IOException {
    var file = Files.writeString(temp.resolve("atlas-export"), "not a folder\n");

    assertThatThrownBy(() -> ReplacedOnSuccess.folder(file, into -> 0L))
        .isInstanceOf(FileAlreadyExistsException.class)
        .hasMessageContaining("is a file; name a folder");
    assertThat(Files.readString(file)).isEqualTo("not a folder\n");
  }
}
