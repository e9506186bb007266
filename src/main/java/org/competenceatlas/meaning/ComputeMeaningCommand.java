package org.competenceatlas.meaning;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code compute-meaning} command: computes the meaning layer of every source of outcomes whose
 * outcomes changed since it was last computed, showing progress, and exits: 0 when every layer is
 * ready, 1 when the model is unavailable or a computation failed. Stopped halfway, it resumes where
 * it was at the next run.
 */
@Component
@Profile("compute-meaning")
class ComputeMeaningCommand implements ApplicationRunner, ExitCodeGenerator {

  private static final Set<String> DONE = Set.of("UP_TO_DATE", "COMPUTED");

  private final MeaningLayerService service;
  private final PrintStream out = System.out;
  private int exitCode;

  ComputeMeaningCommand(MeaningLayerService service) {
    this.service = service;
  }

  @Override
  public void run(ApplicationArguments args) {
    var unknown =
        args.getNonOptionArgs().stream().filter(arg -> !arg.equals("compute-meaning")).toList();
    if (!unknown.isEmpty()) {
      System.err.println("Unknown argument(s): " + String.join(" ", unknown));
      System.err.println(
          "Usage: compute-meaning [Spring properties such as"
              + " --atlas.neo4j.embedded.data-directory=...]");
      exitCode = 2;
      return;
    }
    var results = service.refresh(new ConsoleProgress(out));
    if (results.isEmpty()) {
      out.println("The graph holds no learning outcomes: nothing to compute.");
    }
    exitCode = results.stream().allMatch(result -> DONE.contains(result.result())) ? 0 : 1;
  }

  @Override
  public int getExitCode() {
    return exitCode;
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
