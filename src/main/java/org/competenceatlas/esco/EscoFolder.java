package org.competenceatlas.esco;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a release folder holds: the languages found, and for each ESCO file the path per language.
 * Files that are not ESCO files ({@code README.md}, build outputs) are ignored; an ESCO file with a
 * language suffix ESCO does not publish refuses the release.
 */
record EscoFolder(
    Path dir,
    List<String> languages,
    String primaryLanguage,
    Map<EscoFile, Map<String, Path>> files,
    List<String> ignoredFiles) {

  /** The 28 languages ESCO publishes, as in its file names. */
  static final Set<String> ESCO_LANGUAGES =
      Set.of(
          "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "is", "it",
          "lt", "lv", "mt", "nl", "no", "pl", "pt", "ro", "sk", "sl", "sv", "ar", "uk");

  private static final Pattern NAME = Pattern.compile("([A-Za-z]+)_([^.]+)\\.csv");

  Path path(EscoFile file, String language) {
    return files.getOrDefault(file, Map.of()).get(language);
  }

  static EscoFolder scan(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ReleaseRefusedException(dir + " is not a folder");
    }
    var files = new EnumMap<EscoFile, Map<String, Path>>(EscoFile.class);
    var languages = new TreeSet<String>();
    var ignored = new ArrayList<String>();
    var problems = new ArrayList<String>();
    for (var path : list(dir)) {
      var name = path.getFileName().toString();
      var matcher = NAME.matcher(name);
      var file = matcher.matches() ? EscoFile.byBaseName(matcher.group(1)) : null;
      if (file == null) {
        if (name.endsWith(".csv")) {
          ignored.add(name);
        }
        continue;
      }
      var language = matcher.group(2);
      if (!ESCO_LANGUAGES.contains(language)) {
        problems.add(
            name
                + ": unknown language suffix '"
                + language
                + "'; ESCO publishes "
                + String.join(", ", new TreeSet<>(ESCO_LANGUAGES)));
        continue;
      }
      if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
        problems.add(name + ": not a readable file");
        continue;
      }
      files.computeIfAbsent(file, f -> new TreeMap<>()).put(language, path);
      languages.add(language);
    }
    if (languages.isEmpty() && problems.isEmpty()) {
      throw new ReleaseRefusedException(
          dir + " holds no ESCO CSV file (such as occupations_en.csv)");
    }
    var primary = languages.contains("en") ? "en" : languages.isEmpty() ? null : languages.first();
    for (var file : EscoFile.values()) {
      var present = files.getOrDefault(file, Map.of());
      switch (file.need()) {
        case EVERY_LANGUAGE -> {
          for (var language : languages) {
            if (!present.containsKey(language)) {
              problems.add(
                  file.fileName(language)
                      + ": missing; every language of the release needs it (it carries the labels)");
            }
          }
        }
        case PRIMARY_LANGUAGE -> {
          if (primary != null && !present.containsKey(primary)) {
            problems.add(file.fileName(primary) + ": missing; the release needs it");
          }
        }
        case OPTIONAL -> {}
      }
    }
    if (!problems.isEmpty()) {
      throw new ReleaseRefusedException(problems);
    }
    return new EscoFolder(dir, List.copyOf(languages), primary, files, List.copyOf(ignored));
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
