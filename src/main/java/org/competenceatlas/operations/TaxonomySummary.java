package org.competenceatlas.operations;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Which taxonomy the graph holds: the imported releases, the loaded data sets (such as the seed
 * world) and how many occupations and learning outcomes there are.
 */
public record TaxonomySummary(
    List<Release> releases, List<DatasetLoad> datasets, long occupations, long learningOutcomes) {

  public record Release(String version, String source, String importedAt) {}

  public record DatasetLoad(String name, String loadedAt) {}

  public boolean hasOccupations() {
    return occupations > 0;
  }

  /** One line for the log, such as {@code releases: esco 1.2.0; data sets: seed-world; ...}. */
  public String describe() {
    var releaseText =
        releases.isEmpty()
            ? "none"
            : releases.stream()
                .map(r -> r.source() + " " + r.version() + " (imported " + r.importedAt() + ")")
                .collect(Collectors.joining(", "));
    var datasetText =
        datasets.isEmpty()
            ? "none"
            : datasets.stream()
                .map(d -> d.name() + " (loaded " + d.loadedAt() + ")")
                .collect(Collectors.joining(", "));
    return "taxonomy releases: "
        + releaseText
        + "; data sets: "
        + datasetText
        + "; "
        + occupations
        + " occupations, "
        + learningOutcomes
        + " learning outcomes";
  }
}
