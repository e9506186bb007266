package org.competenceatlas.esco;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Reads one ESCO CSV file with Commons CSV: RFC 4180 quoting, newlines inside quoted fields, CRLF
 * or LF records, fields of any length, strict UTF-8. Rows shorter than the header are padded with
 * empty fields (ESCO leaves trailing empty columns out); longer rows are skipped as malformed. A
 * file that cannot be parsed at all refuses the release.
 */
final class CsvFile {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

  private CsvFile() {}

  /** One record, its fields reached by column name; a column past a short row's end is "". */
  record Row(long line, List<String> values, Map<String, Integer> columns) {

    String get(String column) {
      Integer index = columns.get(column);
      return index == null || index >= values.size() ? "" : values.get(index);
    }
  }

  /** The header's column names, trimmed and without a byte-order mark. */
  static List<String> header(Path path) {
    try (var in = open(path, null);
        var parser = FORMAT.parse(new InputStreamReader(in, decoder()))) {
      var iterator = parser.iterator();
      if (!iterator.hasNext()) {
        throw new ReleaseRefusedException(name(path) + ": empty file, no header");
      }
      return clean(iterator.next().toList());
    } catch (IOException | UncheckedIOException e) {
      throw new ReleaseRefusedException(
          notUtf8(path, e).orElseGet(() -> name(path) + ":1: unreadable header: " + cause(e)));
    }
  }

  /**
   * Calls {@code handler} with every data row. Rows with more fields than the header go to {@code
   * skipped}; blank lines are passed over.
   */
  static void read(
      Path path,
      Consumer<Row> handler,
      Consumer<SkippedRow> skipped,
      ImportListener.Progress progress) {
    var name = name(path);
    long line = 0;
    try (var in = open(path, progress);
        CSVParser parser = FORMAT.parse(new InputStreamReader(in, decoder()))) {
      Map<String, Integer> columns = null;
      int width = 0;
      long rows = 0;
      for (var record : parser) {
        long start = line + 1;
        line = parser.getCurrentLineNumber();
        if (columns == null) {
          var header = clean(record.toList());
          columns = new HashMap<>();
          for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
          }
          width = header.size();
          continue;
        }
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue;
        }
        rows++;
        if (record.size() > width) {
          skipped.accept(
              new SkippedRow(
                  name,
                  start,
                  "malformed row: "
                      + record.size()
                      + " fields where the header has "
                      + width
                      + "; row left out"));
        } else {
          handler.accept(new Row(start, record.toList(), columns));
        }
        if (progress != null && (rows & 1023) == 0) {
          progress.rows(rows);
        }
      }
      if (progress != null) {
        progress.done(rows);
      }
    } catch (IOException | UncheckedIOException e) {
      long at = line;
      throw new ReleaseRefusedException(
          notUtf8(path, e)
              .orElseGet(() -> name + ":" + Math.max(1, at + 1) + ": unreadable CSV: " + cause(e)));
    }
  }

  /**
   * The refusal of a file that is not UTF-8, naming the line of its first bad byte: the decoder
   * fails where it fills its buffer, often lines before the byte, and says only "Input length = 1".
   */
  private static Optional<String> notUtf8(Path path, Exception e) {
    var cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (!(cause instanceof CharacterCodingException)) {
      return Optional.empty();
    }
    long line = 1;
    try (var in = Files.newInputStream(path)) {
      var bytes = ByteBuffer.wrap(in.readAllBytes());
      var decoder = decoder();
      var chars = CharBuffer.allocate(8192);
      while (true) {
        var result = decoder.decode(bytes, chars, true);
        chars.flip();
        while (chars.hasRemaining()) {
          if (chars.get() == '\n') {
            line++;
          }
        }
        chars.clear();
        if (result.isError() || result.isUnderflow()) {
          break;
        }
      }
    } catch (IOException ignored) {
      // The line stays unknown; the message below still names the file and what is wrong.
    }
    return Optional.of(
        name(path)
            + ":"
            + line
            + ": not UTF-8 text: bytes there are not valid UTF-8 (a file saved in another"
            + " encoding, such as Windows-1252?); save it as UTF-8");
  }

  private static List<String> clean(List<String> header) {
    var names = new ArrayList<String>(header.size());
    for (int i = 0; i < header.size(); i++) {
      var column = header.get(i);
      if (i == 0 && column.startsWith("\uFEFF")) {
        column = column.substring(1);
      }
      names.add(column.strip());
    }
    return names;
  }

  private static java.nio.charset.CharsetDecoder decoder() {
    // newDecoder() reports malformed input instead of replacing it: a file that is not UTF-8
    // is refused rather than imported with broken labels.
    return StandardCharsets.UTF_8.newDecoder();
  }

  private static InputStream open(Path path, ImportListener.Progress progress) throws IOException {
    var in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    return progress == null ? in : new Counting(in, progress);
  }

  static String name(Path path) {
    return path.getFileName().toString();
  }

  private static String cause(Exception e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    var message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }

  /** Tells the progress display how many bytes have been read. */
  private static final class Counting extends FilterInputStream {

    private final ImportListener.Progress progress;
    private long bytes;

    Counting(InputStream in, ImportListener.Progress progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        progress.bytes(++bytes);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        bytes += n;
        progress.bytes(bytes);
      }
      return n;
    }
  }
}
