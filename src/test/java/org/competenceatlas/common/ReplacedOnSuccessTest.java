package org.competenceatlas.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
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
    assertThat(temp).isDirectoryNotContaining("glob:**.partial");
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
    try (var files = Files.list(temp)) {
      assertThat(files).containsExactly(folder);
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
    try (var files = Files.list(temp)) {
      assertThat(files).containsExactly(folder);
    }
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
