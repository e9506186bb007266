package org.competenceatlas.esco;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * What reading any file of a release shares: the release being filled, the file being read, and how
 * a row that cannot be used is reported with its file and line while the rest goes on.
 */
final class ReleaseReading {

  private final EscoFolder folder;
  private final ImportListener listener;
  private final EscoRelease release;
  private String currentFile;

  ReleaseReading(EscoFolder folder, EscoRelease release, ImportListener listener) {
    this.folder = folder;
    this.release = release;
    this.listener = listener;
  }

  EscoFolder folder() {
    return folder;
  }

  EscoRelease release() {
    return release;
  }

  String primary() {
    return folder.primaryLanguage();
  }

  /** The name of the file being read, for the rows and links it reports. */
  String currentFile() {
    return currentFile;
  }

  void read(EscoFile file, String language, Consumer<CsvFile.Row> handler) {
    var path = folder.path(file, language);
    if (path == null) {
      if (file.need() == EscoFile.Need.OPTIONAL && language.equals(primary())) {
        release.note(
            file.fileName(language)
                + " is not in the release folder: imported without it"
                + (file.collection() == null
                    ? ""
                    : " (no member of the '" + file.collection() + "' collection)"));
      }
      return;
    }
    currentFile = CsvFile.name(path);
    CsvFile.read(path, handler, release::skip, listener.file(currentFile, size(path)));
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String existing(CsvFile.Row row, String column, ConceptKind kind) {
    var id = uri(row, column);
    if (id == null) {
      return null;
    }
    if (!release.has(kind, id)) {
      skipRow(row, dangling(id, kind));
      return null;
    }
    return id;
  }

  String dangling(String id, ConceptKind kind) {
    return "dangling reference: "
        + id
        + " is not "
        + kind.description()
        + " in "
        + kind.file().fileName(primary())
        + "; row left out";
  }

  /** The URI in a column, or null after reporting the row when it is empty or not absolute. */
  String uri(CsvFile.Row row, String column) {
    var value = row.get(column).strip();
    if (value.isEmpty()) {
      skipRow(row, "empty " + column);
      return null;
    }
    if (!(value.startsWith("http://") || value.startsWith("https://"))
        || value.chars().anyMatch(Character::isWhitespace)) {
      skipRow(row, column + " '" + abbreviate(value) + "' is not an http(s) URI");
      return null;
    }
    return value;
  }

  void skipRow(CsvFile.Row row, String reason) {
    release.skip(new SkippedRow(currentFile, row.line(), reason));
  }

  /** Trimmed text, or null when empty: ESCO pads some labels with spaces. */
  static String text(String value) {
    var stripped = value == null ? "" : value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /** The non-empty trimmed parts of a list field, in order, without repeats. */
  static List<String> split(String value, String separator) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    var parts = new LinkedHashSet<String>();
    for (var part : value.split(separator)) {
      var stripped = part.strip();
      if (!stripped.isEmpty()) {
        parts.add(stripped);
      }
    }
    return List.copyOf(parts);
  }

  private static String abbreviate(String value) {
    return value.length() <= 80 ? value : value.substring(0, 80) + "…";
  }
}
