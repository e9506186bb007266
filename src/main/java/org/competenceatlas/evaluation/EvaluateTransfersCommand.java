package org.competenceatlas.evaluation;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.competenceatlas.command.AtlasCommand;
import org.competenceatlas.meaning.MeaningLayerService;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar competence-atlas.jar evaluate-transfers [--judged=<folder>] [--ratings=<csv>]
 * [--details]}, on a store where the judged set's taxonomy (ESCO 1.2.0) is imported: prints the
 * precision and recall of the shown matches on the judged set and, given ratings, Spearman's
 * correlation with them.
 */
@Command(
    name = "evaluate-transfers",
    description =
        "Measures the transfer engine: precision and recall of its matches on a judged set, and"
            + " agreement with ratings of moves.")
public final class EvaluateTransfersCommand implements AtlasCommand {

  static final String DEFAULT_JUDGED = "src/test/resources/judged-transfers";

  @Option(
      names = "--judged",
      paramLabel = "<folder>",
      defaultValue = DEFAULT_JUDGED,
      description =
          "Folder with occupation-pairs.csv and judged-pairs.csv (default: ${DEFAULT-VALUE}).")
  Path judged;

  @Option(
      names = "--ratings",
      paramLabel = "<file.csv>",
      description = "A CSV of source,target,rating: prints Spearman's rho of the scores with it.")
  Path ratings;

  @Option(names = "--details", description = "Also lists every refused, unjudged and missed pair.")
  boolean details;

  private final PrintStream out = System.out;

  @Override
  public int run(ApplicationContext context) {
    if (!Files.isDirectory(judged)) {
      System.err.println("No judged set at " + judged.toAbsolutePath());
      return 1;
    }
    if (ratings != null && !Files.isReadable(ratings)) {
      System.err.println("No ratings file at " + ratings.toAbsolutePath());
      return 1;
    }
    for (var layer : context.getBean(MeaningLayerService.class).status()) {
      out.printf(
          Locale.ROOT,
          "Meaning layer of '%s': %s%s%n",
          layer.scope(),
          layer.state(),
          layer.links() == null ? "" : ", " + layer.links() + " links, model " + layer.model());
    }
    var report = context.getBean(TransferEvaluation.class).evaluate(JudgedSet.read(judged));
    print(report, details);
    if (ratings != null) {
      var result = context.getBean(RatingsCorrelation.class).correlate(ratings);
      out.printf(
          Locale.ROOT,
          "%nRatings: %d moves scored, %d naming an unknown occupation%n"
              + "Spearman's rho %.3f (95 %% bootstrap interval %.3f to %.3f, %d resamples)%n",
          result.n(),
          result.unknown(),
          result.rho(),
          result.low(),
          result.high(),
          RatingsCorrelation.RESAMPLES);
    }
    return 0;
  }

  private void print(TransferEvaluation.Report report, boolean details) {
    var all = report.all();
    out.printf(
        Locale.ROOT,
        "%nShown matches between different outcomes: %d (%d judged, %d not in the judged set);"
            + " matches of an outcome with itself: %d%n",
        all.shown(),
        all.judged(),
        all.unjudged(),
        report.same());
    out.printf(
        Locale.ROOT,
        "Precision (judged transferable or partly): %.1f %% (%d of %d);"
            + " judged transferable: %d%n",
        100 * all.precision(),
        all.acceptable(),
        all.judged(),
        all.transferable());
    out.printf(
        Locale.ROOT,
        "Recall of requirements with a held outcome judged transferable: %.1f %% (%d of %d)%n"
            + "Recall of requirements with a held outcome judged transferable or partly: %.1f %%"
            + " (%d of %d)%n"
            + "Pairs judged transferable shown exactly: %.1f %% (%d of %d)%n",
        100 * report.recallTransferable(),
        report.recalledTransferable(),
        report.requirementsTransferable(),
        100 * report.recallAcceptable(),
        report.recalledAcceptable(),
        report.requirementsAcceptable(),
        100 * report.pairRecall(),
        report.pairsShown(),
        report.pairsTransferable());
    out.println("\nBy kind of match:");
    for (var kind : report.byKind()) {
      tally(kind);
    }
    out.println("\nBy occupation pair:");
    for (var pair : report.byPair()) {
      tally(pair);
    }
    if (details) {
      examples("Shown but judged not transferable", report.refused());
      examples("Shown but not judged", report.unjudged());
      examples("Judged transferable but not shown with acceptable support", report.missed());
    }
  }

  private void tally(TransferEvaluation.Tally tally) {
    out.printf(
        Locale.ROOT,
        "  %-70s shown %3d, judged %3d, acceptable %3d, precision %s%n",
        tally.name(),
        tally.shown(),
        tally.judged(),
        tally.acceptable(),
        tally.judged() == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * tally.precision()));
  }

  private void examples(String title, List<TransferEvaluation.Example> examples) {
    out.printf("%n%s (%d):%n", title, examples.size());
    for (var example : examples) {
      out.printf(
          Locale.ROOT,
          "  [%d] %s → %s (%s%s) %s%n",
          example.pair(),
          example.held(),
          example.required(),
          example.kind() == null ? "not shown" : example.kind(),
          example.strength() == null
              ? ""
              : String.format(Locale.ROOT, ", %.2f", example.strength()),
          example.reason() == null ? "" : "— " + example.reason());
    }
  }
}
