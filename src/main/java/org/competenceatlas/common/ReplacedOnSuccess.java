package org.competenceatlas.common;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Output that replaces what a path held only once it is complete: it is written beside the path and
 * moved over it at the end. An export that fails halfway leaves the previous file (or the previous
 * files of a folder) as they were and no half-written one.
 */
public final class ReplacedOnSuccess {

  /** Work that writes output and returns what it counted. */
  @FunctionalInterface
  public interface Work<O, T> {
    T write(O output) throws IOException;
  }

  private ReplacedOnSuccess() {}

  /**
   * Writes {@code target} as UTF-8 text through {@code work}. The part is written beside the file
   * (a symbolic link's target beside the file it points to), so the move at the end stays on one
   * file system.
   */
  public static <T> T file(Path target, Work<Writer, T> work) throws IOException {
    if (Files.isDirectory(target)) {
      throw new FileAlreadyExistsException(
          target.toString(), null, "is a folder; name a file to write");
    }
    var destination = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    var parent = parentOf(destination);
    Files.createDirectories(parent);
    var partial =
        parent.resolve("." + destination.getFileName() + "." + UUID.randomUUID() + ".part");
    try {
      T result;
      // CREATE_NEW: the part is a new file of this process's own permissions, never a link.
      try (var writer =
          new BufferedWriter(
              new OutputStreamWriter(
                  Files.newOutputStream(
                      partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                  StandardCharsets.UTF_8),
              1 << 16)) {
        result = work.write(writer);
      }
      move(partial, destination);
      return result;
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /**
   * Fills a hidden folder inside {@code target} through {@code work}, then moves each file it wrote
   * up into {@code target}, replacing the file of that name; files of {@code target} that this
   * output does not write stay. Staged inside the target, the moves stay on one file system and
   * need no right to write beside it.
   */
  public static <T> T folder(Path target, Work<Path, T> work) throws IOException {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new FileAlreadyExistsException(
          target.toString(), null, "is a file; name a folder to write the files into");
    }
    Files.createDirectories(target);
    var partial = Files.createTempDirectory(target, ".partial-");
    try {
      var result = work.write(partial);
      List<Path> written;
      try (var files = Files.list(partial)) {
        written = new ArrayList<>(files.toList());
      }
      for (var file : written) {
        move(file, target.resolve(file.getFileName()));
      }
      return result;
    } finally {
      try (var left = Files.list(partial)) {
        for (var file : left.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(partial);
    }
  }

  private static Path parentOf(Path target) {
    var parent = target.toAbsolutePath().getParent();
    return parent == null ? target.toAbsolutePath() : parent;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
