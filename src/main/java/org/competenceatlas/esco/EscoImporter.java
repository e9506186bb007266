package org.competenceatlas.esco;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an ESCO CSV release folder. Everything that can refuse the release (files, headers,
 * version, ids owned by another source, and in strict mode any bad row) is checked before the first
 * write; then the release is written in one transaction.
 */
@Service
class EscoImporter {

  /**
   * A whole release is written in one transaction on purpose; the shorter limit is for requests.
   */
  private static final Duration IMPORT_TIMEOUT = Duration.ofHours(6);

  private final EscoRepository repository;
  private final TransactionTemplate importTransaction;

  EscoImporter(EscoRepository repository, PlatformTransactionManager transactionManager) {
    this.repository = repository;
    this.importTransaction = new TransactionTemplate(transactionManager);
    this.importTransaction.setTimeout((int) IMPORT_TIMEOUT.toSeconds());
  }

  ImportReport importRelease(ImportOptions options, ImportListener listener) {
    var phases = new LinkedHashMap<String, Duration>();
    var timed = new Timed(listener);
    long started = System.nanoTime();
    long cpuStarted = processCpuNanos();

    var folder = EscoFolder.scan(options.dir());
    var imported = repository.importedVersions();
    var version = spelledAsImported(version(options, folder), imported);
    listener.note(
        "Importing ESCO "
            + version
            + " from "
            + options.dir()
            + " (languages: "
            + String.join(", ", folder.languages())
            + ")");
    long mark = lap(phases, "check folder", started);

    var release = EscoReleaseParser.parse(folder, version, timed);
    mark = lap(phases, "read and check rows", mark);

    if (options.strict() && !release.skipped().isEmpty()) {
      var problems = new ArrayList<String>();
      problems.add(
          release.skipped().size() + " row(s) would be skipped, and --strict allows none:");
      release.skipped().forEach(row -> problems.add(row.toString()));
      throw new ReleaseRefusedException(problems);
    }
    checkVersion(version, imported);
    checkOwnership(release);
    mark = lap(phases, "check against the graph", mark);

    listener.note("Writing in one transaction (nothing is visible until it commits)");
    var written =
        importTransaction.execute(
            status ->
                repository.write(release, !imported.isEmpty(), release.skipped().size(), timed));
    phases.put("write (statements)", Duration.ofNanos(written.statementsDoneNanos() - mark));
    lap(phases, "write (commit)", written.statementsDoneNanos());

    var links = new LinkedHashMap<String, Integer>();
    for (var type : LinkType.values()) {
      links.put(type.describe(), release.links(type).size());
    }
    return new ImportReport(
        version,
        release.languages(),
        release.nodeCounts(),
        release.relationshipCounts(),
        links,
        written.deprecated(),
        written.linksReplaced(),
        release.skipped(),
        release.notes(),
        folder.ignoredFiles(),
        phases,
        timed.steps,
        cpuStarted < 0 ? Duration.ofNanos(-1) : Duration.ofNanos(processCpuNanos() - cpuStarted));
  }

  /** Processor time of this JVM so far, or -1 where the platform does not say. */
  private static long processCpuNanos() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static long lap(Map<String, Duration> phases, String phase, long since) {
    long now = System.nanoTime();
    phases.put(phase, Duration.ofNanos(now - since));
    return now;
  }

  private static String version(ImportOptions options, EscoFolder folder) {
    var version = options.version();
    if (version == null) {
      var name = folder.dir().toAbsolutePath().normalize().getFileName();
      version =
          EscoVersion.fromFolderName(name == null ? "" : name.toString())
              .orElseThrow(
                  () ->
                      new ReleaseRefusedException(
                          "the folder's name '"
                              + name
                              + "' does not say the release's version (as esco-1.2.0 or v1.2.0"
                              + " would): give it with --version"));
    }
    if (!EscoVersion.isValid(version)) {
      throw new ReleaseRefusedException(
          "version '" + version + "' is not a release version such as 1.2.0");
    }
    return version;
  }

  /**
   * 1.2 and 1.2.0 name one release: a version equal to an imported one takes its spelling, so that
   * importing it again updates that release instead of adding a second one beside it.
   */
  private static String spelledAsImported(String version, List<String> imported) {
    return imported.stream()
        .filter(known -> EscoVersion.compare(known, version) == 0)
        .findFirst()
        .orElse(version);
  }

  /** An older release would mark the concepts added since as deprecated: refused. */
  private static void checkVersion(String version, List<String> imported) {
    var newest = imported.stream().max(EscoVersion.ORDER).orElse(null);
    if (newest != null && EscoVersion.compare(version, newest) < 0) {
      throw new ReleaseRefusedException(
          "ESCO "
              + newest
              + " is already imported; "
              + version
              + " is older, and importing it would mark the concepts added since as deprecated");
    }
  }

  /** ESCO must not write over concepts another source owns (the seed world, hand-made ones). */
  private void checkOwnership(EscoRelease release) {
    var foreign = repository.foreignConcepts();
    if (foreign.isEmpty()) {
      return;
    }
    var problems = new ArrayList<String>();
    for (var kind : ConceptKind.values()) {
      for (var id : release.concepts(kind).keySet()) {
        var source = foreign.get(id);
        if (source != null) {
          problems.add(id + ": the graph already has this concept from source '" + source + "'");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ReleaseRefusedException(problems);
    }
  }

  /** Passes everything on, and notes how long each file and step took. */
  private static final class Timed implements ImportListener {

    private final ImportListener delegate;
    private final Map<String, Duration> steps = new LinkedHashMap<>();

    Timed(ImportListener delegate) {
      this.delegate = delegate;
    }

    @Override
    public Progress file(String name, long bytes) {
      return timed(name, delegate.file(name, bytes));
    }

    @Override
    public Progress step(String name, long rows) {
      return timed(name, delegate.step(name, rows));
    }

    @Override
    public void stepDone(String name) {
      delegate.stepDone(name);
    }

    @Override
    public void note(String line) {
      delegate.note(line);
    }

    private Progress timed(String name, Progress progress) {
      long started = System.nanoTime();
      return new Progress() {
        @Override
        public void bytes(long read) {
          progress.bytes(read);
        }

        @Override
        public void rows(long done) {
          progress.rows(done);
        }

        @Override
        public void done(long rows) {
          steps.merge(name, Duration.ofNanos(System.nanoTime() - started), Duration::plus);
          progress.done(rows);
        }
      };
    }
  }
}
