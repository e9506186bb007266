package org.competenceatlas.meaning;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import org.competenceatlas.command.AtlasCommand;
import org.competenceatlas.common.Terminal;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/**
 * {@code java -jar competence-atlas.jar compute-meaning}: computes the meaning layer of every
 * source of outcomes whose outcomes changed since it was last computed, showing progress. Exits 1
 * when the model is unavailable or a computation failed. Stopped halfway, it resumes where it was
 * at the next run.
 */
@Command(
    name = "compute-meaning",
    description =
        "Computes the meaning layer (similar outcomes) of every taxonomy release that changed.")
public final class ComputeMeaningCommand implements AtlasCommand {

  private static final Set<String> DONE = Set.of("UP_TO_DATE", "COMPUTED");

  @Override
  public int run(ApplicationContext context) {
    var out = System.out;
    var results =
        context
            .getBean(MeaningLayerService.class)
            .refresh(new ConsoleProgress(out, Terminal.attached()));
    if (results.isEmpty()) {
      out.println("The graph holds no learning outcomes: nothing to compute.");
    }
    return results.stream().allMatch(result -> DONE.contains(result.result())) ? 0 : 1;
  }

  /**
   * Progress: on a terminal one line per phase, rewritten in place as it moves; in a log or a pipe,
   * where a carriage return does not rewrite, a line per phase at every tenth of it.
   */
  static final class ConsoleProgress implements MeaningProgress {

    private final PrintStream out;
    private final boolean terminal;
    private String current = "";
    private long lastShown = -1;
    private final long started = System.nanoTime();

    ConsoleProgress(PrintStream out, boolean terminal) {
      this.out = out;
      this.terminal = terminal;
    }

    @Override
    public synchronized void progress(String scope, String phase, long done, long total) {
      var line = scope + ": " + phase;
      long percent = total == 0 ? 100 : done * 100 / total;
      if (!line.equals(current)) {
        if (!current.isEmpty() && terminal) {
          out.println();
        }
        current = line;
        lastShown = -1;
      }
      long step = terminal ? percent : percent / 10 * 10;
      // Linking reports from several threads, so a smaller count can arrive after a larger one.
      if (step <= lastShown) {
        return;
      }
      lastShown = step;
      out.printf(
          Locale.ROOT,
          (terminal ? "\r" : "") + "  %s %,d of %,d (%d %%), %.0f s" + (terminal ? "" : "%n"),
          line,
          done,
          total,
          percent,
          (System.nanoTime() - started) / 1e9);
    }

    @Override
    public synchronized void note(String message) {
      if (!current.isEmpty() && terminal) {
        out.println();
      }
      current = "";
      out.println(message);
    }
  }
}
