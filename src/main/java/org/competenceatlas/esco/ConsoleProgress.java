package org.competenceatlas.esco;

import java.io.PrintStream;
import java.util.Locale;
import org.competenceatlas.common.Terminal;

/**
 * Shows the import's progress: on a terminal a bar per file or step, redrawn in place; otherwise (a
 * log, CI) a line per file or step at most every two seconds, and a closing line with its rate.
 */
final class ConsoleProgress implements ImportListener {

  private static final long TERMINAL_INTERVAL = 150_000_000L;
  private static final long LOG_INTERVAL = 2_000_000_000L;
  private static final int BAR = 24;

  private final PrintStream out;
  private final boolean terminal;

  ConsoleProgress(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** Bars on a terminal, progress lines when output goes to a file or a pipe. */
  static ConsoleProgress forSystemOut() {
    return new ConsoleProgress(System.out, Terminal.attached());
  }

  @Override
  public Progress file(String name, long bytes) {
    return new Shown(name, bytes, true);
  }

  @Override
  public Progress step(String name, long rows) {
    return new Shown(name, rows, false);
  }

  @Override
  public void note(String line) {
    out.println(line);
  }

  private final class Shown implements Progress {

    private final String name;
    private final long total;
    private final boolean totalIsBytes;
    private final long started = System.nanoTime();
    private long lastShown = started;
    private long bytes;
    private long rows;

    Shown(String name, long total, boolean totalIsBytes) {
      this.name = name;
      this.total = total;
      this.totalIsBytes = totalIsBytes;
    }

    @Override
    public void bytes(long read) {
      bytes = read;
      maybeShow();
    }

    @Override
    public void rows(long done) {
      rows = done;
      maybeShow();
    }

    @Override
    public void done(long rows) {
      this.rows = rows;
      double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
      var line =
          String.format(
              Locale.ROOT,
              "  %-38s %,10d rows in %5.1f s (%,.0f rows/s)",
              name,
              rows,
              seconds,
              rows / seconds);
      if (terminal) {
        out.print("\r" + line + " ".repeat(20) + "\n");
      } else {
        out.println(line);
      }
      out.flush();
    }

    private void maybeShow() {
      long now = System.nanoTime();
      if (now - lastShown < (terminal ? TERMINAL_INTERVAL : LOG_INTERVAL)) {
        return;
      }
      lastShown = now;
      double seconds = (now - started) / 1e9;
      double fraction =
          total <= 0 ? 0 : Math.min(1, (totalIsBytes ? bytes : rows) / (double) total);
      double rate = rows / Math.max(1e-9, seconds);
      if (terminal) {
        int filled = (int) Math.round(fraction * BAR);
        out.print(
            String.format(
                Locale.ROOT,
                "\r  %-38s [%s%s] %3.0f%% %,10d rows %,8.0f rows/s",
                name,
                "#".repeat(filled),
                "-".repeat(BAR - filled),
                fraction * 100,
                rows,
                rate));
      } else {
        out.println(
            String.format(
                Locale.ROOT,
                "  %-38s %,10d rows so far (%.0f%%), %,.0f rows/s",
                name,
                rows,
                fraction * 100,
                rate));
      }
      out.flush();
    }
  }
}
