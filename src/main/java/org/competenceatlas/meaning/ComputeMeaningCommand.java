package org.competenceatlas.meaning;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import org.competenceatlas.command.AtlasCommand;
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
    var results = context.getBean(MeaningLayerService.class).refresh(new ConsoleProgress(out));
    if (results.isEmpty()) {
      out.println("The graph holds no learning outcomes: nothing to compute.");
    }
    return results.stream().allMatch(result -> DONE.contains(result.result())) ? 0 : 1;
  }

  /** Progress on the console: one line per phase, rewritten in place as it moves. */
  static final class ConsoleProgress implements MeaningProgress {

    private final PrintStream out;
    private String current = "";
    private long lastPercent = -1;
    private final long started = System.nanoTime();

    ConsoleProgress(PrintStream out) {
      this.out = out;
    }

    @Override
    public synchronized void progress(String scope, String phase, long done, long total) {
      var line = scope + ": " + phase;
      long percent = total == 0 ? 100 : done * 100 / total;
      if (!line.equals(current)) {
        if (!current.isEmpty()) {
          out.println();
        }
        current = line;
        lastPercent = -1;
      }
      if (percent != lastPercent) {
        lastPercent = percent;
        out.printf(
            Locale.ROOT,
            "\r  %s %,d of %,d (%d %%), %.0f s",
            line,
            done,
            total,
            percent,
            (System.nanoTime() - started) / 1e9);
      }
    }

    @Override
    public synchronized void note(String message) {
      if (!current.isEmpty()) {
        out.println();
        current = "";
      }
      out.println(message);
    }
  }
}
