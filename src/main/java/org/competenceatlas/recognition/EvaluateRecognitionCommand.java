package org.competenceatlas.recognition;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.competenceatlas.command.AtlasCommand;
import org.competenceatlas.command.NonNegativeNumber;
import org.competenceatlas.taxonomy.TaxonomyService;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar competence-atlas.jar evaluate-recognition [--narratives=<folder>] [--details]
 * [--latency=<runs>]}, on a store where ESCO 1.2.0 is imported and its meaning layer computed:
 * prints precision@5 and recall@10 of {@code suggestOutcomes} on the narrative set and, asked, the
 * time it takes on a text of 1,000 characters.
 */
@Command(
    name = "evaluate-recognition",
    description =
        "Measures recognition: precision@5 and recall@10 of the outcomes suggested for a set of"
            + " judged narratives, and its latency on a text of 1,000 characters.")
public final class EvaluateRecognitionCommand implements AtlasCommand {

  static final String DEFAULT_NARRATIVES = "src/test/resources/recognition-narratives";

  @Option(
      names = "--narratives",
      paramLabel = "<folder>",
      defaultValue = DEFAULT_NARRATIVES,
      description = "Folder with narratives.csv and judgements.csv (default: ${DEFAULT-VALUE}).")
  Path narratives;

  @Option(
      names = "--details",
      description = "Also lists each narrative's first ten suggestions and how they were judged.")
  boolean details;

  @Option(
      names = "--variants",
      description =
          "Also measures the alternative weightings of docs/recognition.md next to the one in"
              + " use.")
  boolean variants;

  @Option(
      names = "--latency",
      paramLabel = "<runs>",
      defaultValue = "0",
      converter = NonNegativeNumber.class,
      description =
          "Also times this many suggestOutcomes calls on texts of 1,000 characters, after as many"
              + " warm-up calls, and prints the median and 95th percentile (default 0: not timed).")
  int latency;

  private final PrintStream out = System.out;

  @Override
  public int run(ApplicationContext context) {
    if (!Files.isRegularFile(narratives.resolve("narratives.csv"))) {
      System.err.println("No narratives.csv in " + narratives.toAbsolutePath());
      return 1;
    }
    var set = NarrativeSet.read(narratives);
    var known = context.getBean(TaxonomyService.class).outcomesById(set.outcomes()).keySet();
    var missing = new LinkedHashSet<>(set.outcomes());
    missing.removeAll(known);
    if (!missing.isEmpty()) {
      System.err.printf(
          Locale.ROOT,
          "%d judged outcomes are not in the graph (import ESCO 1.2.0 first), such as %s%n",
          missing.size(),
          missing.iterator().next());
      return 1;
    }
    var service = context.getBean(RecognitionService.class);
    var probe = service.suggest("I looked after my grandmother.", "en", null, 1);
    out.printf(
        Locale.ROOT,
        "Method %s, model %s, %d outcomes in the index%n",
        probe.method(),
        probe.model(),
        service.index().size());
    if (probe.notice() != null) {
      out.println("Notice: " + probe.notice());
    }
    var report =
        RecognitionEvaluation.evaluate(
            set,
            text ->
                service
                    .suggest(text, "en", null, RecognitionEvaluation.RECALL_AT)
                    .suggestions()
                    .stream()
                    .map(s -> s.outcome().id())
                    .toList());
    print(report, context.getBean(TaxonomyService.class));
    if (variants) {
      out.println("\nWeightings (docs/recognition.md):");
      for (var weights : RecognitionParameters.VARIANTS) {
        var variant =
            RecognitionEvaluation.evaluate(
                set,
                text ->
                    service
                        .suggest(text, "en", null, RecognitionEvaluation.RECALL_AT, weights)
                        .suggestions()
                        .stream()
                        .map(s -> s.outcome().id())
                        .toList());
        out.printf(
            Locale.ROOT,
            "  %-22s precision@5 %.3f  recall@10 %.3f  (%d of the first five unjudged)%s%n",
            weights.name(),
            variant.precisionAt5(),
            variant.recallAt10(),
            variant.unjudged(),
            weights.equals(RecognitionParameters.WEIGHTS) ? "  <- in use" : "");
      }
    }
    if (latency > 0) {
      // The service builds its copy of the taxonomy before it is ready and finds the suggested
      // outcomes there; without it each call would read them from the graph.
      context.getBean(TaxonomyService.class).holdInMemory();
      latency(service);
    }
    return 0;
  }

  private void print(RecognitionEvaluation.Report report, TaxonomyService taxonomy) {
    int expected = report.results().stream().mapToInt(r -> r.narrative().expected().size()).sum();
    int found =
        report.results().stream().mapToInt(RecognitionEvaluation.Result::expectedFound).sum();
    out.printf(
        Locale.ROOT,
        "%nNarratives: %d; outcomes expected before any run: %d%n"
            + "precision@5: %.3f (mean over narratives; %d of the first five suggestions"
            + " unjudged, counted wrong)%n"
            + "recall@10:   %.3f (mean over narratives; %d of %d expected outcomes in the first"
            + " ten)%n",
        report.results().size(),
        expected,
        report.precisionAt5(),
        report.unjudged(),
        report.recallAt10(),
        found,
        expected);
    var byArea = new java.util.TreeMap<String, List<RecognitionEvaluation.Result>>();
    report
        .results()
        .forEach(r -> byArea.computeIfAbsent(r.narrative().area(), a -> new ArrayList<>()).add(r));
    var byKind = new java.util.TreeMap<String, List<RecognitionEvaluation.Result>>();
    report
        .results()
        .forEach(r -> byKind.computeIfAbsent(r.narrative().kind(), a -> new ArrayList<>()).add(r));
    out.println("\nBy area and kind:");
    byArea.forEach((name, results) -> tally(name, results));
    byKind.forEach((name, results) -> tally(name, results));
    if (!details) {
      return;
    }
    var labels =
        taxonomy.outcomesById(
            report.results().stream().flatMap(r -> r.suggested().stream()).distinct().toList());
    for (var result : report.results()) {
      var narrative = result.narrative();
      out.printf(
          Locale.ROOT,
          "%n%s (%s, %s) p@5 %.2f r@10 %.2f: %s%n",
          narrative.id(),
          narrative.area(),
          narrative.kind(),
          result.precision(),
          result.recall(),
          narrative.text());
      int rank = 1;
      for (var id : result.suggested()) {
        var mark =
            narrative.expected().contains(id)
                ? "E"
                : narrative.relevant().contains(id)
                    ? "Y"
                    : narrative.notRelevant().contains(id) ? "N" : "?";
        var outcome = labels.get(id);
        out.printf(
            Locale.ROOT,
            "  %2d %s %s | %s%n",
            rank++,
            mark,
            outcome == null ? id : outcome.labels().preferred("en"),
            id);
      }
      for (var id : narrative.expected()) {
        if (!result.suggested().contains(id)) {
          var outcome = taxonomy.outcomesById(List.of(id)).get(id);
          out.printf(
              Locale.ROOT,
              "     missed: %s | %s%n",
              outcome == null ? id : outcome.labels().preferred("en"),
              id);
        }
      }
    }
  }

  private void tally(String name, List<RecognitionEvaluation.Result> results) {
    out.printf(
        Locale.ROOT,
        "  %-14s %2d narratives  precision@5 %.3f  recall@10 %.3f%n",
        name,
        results.size(),
        results.stream().mapToDouble(RecognitionEvaluation.Result::precision).average().orElse(0),
        results.stream().mapToDouble(RecognitionEvaluation.Result::recall).average().orElse(0));
  }

  /**
   * Texts of 1,000 characters made of the narratives, one starting at each narrative; the HTTP
   * benchmark of the test sources sends the same.
   */
  static List<String> latencyTexts(Path narratives) {
    var stories = NarrativeSet.read(narratives).narratives();
    var texts = new ArrayList<String>();
    for (int start = 0; start < stories.size(); start++) {
      var text = new StringBuilder();
      for (int i = start; text.length() < 1_000; i = (i + 1) % stories.size()) {
        text.append(stories.get(i).text()).append(' ');
      }
      texts.add(text.substring(0, 1_000));
    }
    return texts;
  }

  private void latency(RecognitionService service) {
    var texts = latencyTexts(narratives);
    for (int i = 0; i < latency; i++) {
      service.suggest(texts.get(i % texts.size()), "en", null, 10);
    }
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    var processor = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun : null;
    long cpuBefore = processor == null ? 0 : processor.getProcessCpuTime();
    var millis = new double[latency];
    for (int i = 0; i < latency; i++) {
      long started = System.nanoTime();
      service.suggest(texts.get((i + 7) % texts.size()), "en", null, 10);
      millis[i] = (System.nanoTime() - started) / 1e6;
    }
    // Processor time of the whole process, every thread: unlike the clock, it does not grow with
    // what else the machine runs.
    double cpuPerCall =
        processor == null
            ? Double.NaN
            : (processor.getProcessCpuTime() - cpuBefore) / 1e6 / latency;
    // The two costly steps again on their own, to say where the time goes.
    var embedding = new double[latency];
    var comparing = new double[latency];
    var model = service.model();
    var index = service.index();
    for (int i = 0; i < latency; i++) {
      var text = texts.get((i + 7) % texts.size());
      var phrases = Phrases.split(text).stream().map(Phrases.Phrase::text).toList();
      long started = System.nanoTime();
      var vectors = model.embed(phrases);
      embedding[i] = (System.nanoTime() - started) / 1e6;
      started = System.nanoTime();
      index.nearest(vectors, RecognitionParameters.WEIGHTS);
      comparing[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(millis);
    Arrays.sort(embedding);
    Arrays.sort(comparing);
    out.printf(
        Locale.ROOT,
        "%nPhrases of a 1,000-character text: %d; medians of the steps alone: embedding %.1f ms,"
            + " comparing with every outcome %.1f ms%n",
        Phrases.split(texts.get(7)).size(),
        embedding[latency / 2],
        comparing[latency / 2]);
    out.printf(
        Locale.ROOT,
        "%nsuggestOutcomes on 1,000 characters, %d warm calls: median %.1f ms, p95 %.1f ms,"
            + " max %.1f ms; processor time %.1f ms per call (all threads, %d processors)%n",
        latency,
        millis[latency / 2],
        millis[(int) Math.ceil(0.95 * latency) - 1],
        millis[latency - 1],
        cpuPerCall,
        Runtime.getRuntime().availableProcessors());
  }
}
