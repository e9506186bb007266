package org.competenceatlas.esco;

import static org.competenceatlas.esco.ConceptKind.LEARNING_OUTCOME;
import static org.competenceatlas.esco.ConceptKind.OCCUPATION;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads a release folder into an {@link EscoRelease}. First every header is checked (a missing
 * column refuses the release before any row is read); then the concept files of the primary
 * language, the labels of the other languages, and the relation and collection files, which refer
 * to concepts by URI. A bad row is left out and reported with its file and line; the rest goes on.
 */
final class EscoReleaseParser {

  private final EscoFolder folder;
  private final EscoRelease release;
  private final ReleaseReading reading;

  private EscoReleaseParser(EscoFolder folder, String version, ImportListener listener) {
    this.folder = folder;
    this.release = new EscoRelease(version, folder.languages());
    this.reading = new ReleaseReading(folder, release, listener);
  }

  static EscoRelease parse(EscoFolder folder, String version, ImportListener listener) {
    var parser = new EscoReleaseParser(folder, version, listener);
    parser.checkHeaders();
    parser.readAll();
    parser.release.doneReading();
    return parser.release;
  }

  private String primary() {
    return folder.primaryLanguage();
  }

  private void checkHeaders() {
    var problems = new ArrayList<String>();
    for (var file : EscoFile.values()) {
      for (var language : languagesRead(file)) {
        var path = folder.path(file, language);
        if (path == null) {
          continue;
        }
        var header = new LinkedHashSet<>(CsvFile.header(path));
        for (var column : file.columns()) {
          if (!header.contains(column)) {
            problems.add(
                CsvFile.name(path)
                    + ": missing column '"
                    + column
                    + "' (the header has: "
                    + String.join(", ", header)
                    + ")");
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ReleaseRefusedException(problems);
    }
  }

  private List<String> languagesRead(EscoFile file) {
    return file.carriesLabels() ? folder.languages() : List.of(primary());
  }

  private void readAll() {
    var concepts = new ConceptFiles(reading);
    concepts.read(primary());
    for (var language : folder.languages()) {
      if (!language.equals(primary())) {
        concepts.read(language);
      }
    }
    requireConcepts();
    new RelationFiles(reading).read();
    requireLinks();
    concepts.resolveTopConcepts();
  }

  /**
   * A structure file without one usable row, such as one cut to its header in transit, would remove
   * every relationship it states from the graph, and no skipped row would tell.
   */
  private void requireLinks() {
    var problems = new ArrayList<String>();
    for (var file : EscoFile.values()) {
      var path =
          file.need() == EscoFile.Need.PRIMARY_LANGUAGE ? folder.path(file, primary()) : null;
      if (path != null && release.linkRows(CsvFile.name(path)) == 0) {
        problems.add(
            CsvFile.name(path)
                + ": no valid row; importing it would remove every relationship this file states"
                + " from the graph");
      }
    }
    if (!problems.isEmpty()) {
      throw new ReleaseRefusedException(problems);
    }
  }

  /** A release without occupations or skills would mark the whole taxonomy deprecated. */
  private void requireConcepts() {
    var problems = new ArrayList<String>();
    for (var kind : List.of(OCCUPATION, LEARNING_OUTCOME)) {
      if (release.concepts(kind).isEmpty()) {
        problems.add(
            kind.file().fileName(primary())
                + ": no valid row; importing it would mark every "
                + kind.label()
                + " of the graph deprecated");
      }
    }
    if (!problems.isEmpty()) {
      throw new ReleaseRefusedException(problems);
    }
  }
}
