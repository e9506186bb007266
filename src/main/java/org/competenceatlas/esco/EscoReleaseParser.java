package org.competenceatlas.esco;

import static org.competenceatlas.esco.ConceptKind.CONCEPT_SCHEME;
import static org.competenceatlas.esco.ConceptKind.ISCO_GROUP;
import static org.competenceatlas.esco.ConceptKind.LEARNING_OUTCOME;
import static org.competenceatlas.esco.ConceptKind.OCCUPATION;
import static org.competenceatlas.esco.ConceptKind.OUTCOME_GROUP;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a release folder into an {@link EscoRelease}. First every header is checked (a missing
 * column refuses the release before any row is read); then the concept files of the primary
 * language, the labels of the other languages, and the relation and collection files, which refer
 * to concepts by URI. A bad row is left out and reported with its file and line; the rest goes on.
 */
final class EscoReleaseParser {

  static final Set<String> OUTCOME_TYPES = Set.of("knowledge", "skill/competence");
  static final Set<String> REUSE_LEVELS =
      Set.of("transversal", "cross-sector", "sector-specific", "occupation-specific");
  static final Set<String> IMPORTANCES = Set.of("essential", "optional");

  private final EscoFolder folder;
  private final ImportListener listener;
  private final EscoRelease release;
  private final Map<String, String> iscoGroupByCode = new HashMap<>();
  private final Map<String, List<String>> topConcepts = new LinkedHashMap<>();
  private final Map<String, Long> topConceptLines = new HashMap<>();
  private final Map<String, Long> firstLines = new HashMap<>();

  private EscoReleaseParser(EscoFolder folder, String version, ImportListener listener) {
    this.folder = folder;
    this.listener = listener;
    this.release = new EscoRelease(version, folder.languages());
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
    read(EscoFile.ISCO_GROUPS, primary(), row -> iscoGroup(row, primary()));
    read(EscoFile.SKILL_GROUPS, primary(), row -> skillGroup(row, primary()));
    read(EscoFile.SKILLS, primary(), row -> skill(row, primary()));
    read(EscoFile.OCCUPATIONS, primary(), row -> occupation(row, primary()));
    read(EscoFile.CONCEPT_SCHEMES, primary(), row -> conceptScheme(row, primary()));
    for (var language : folder.languages()) {
      if (language.equals(primary())) {
        continue;
      }
      read(EscoFile.ISCO_GROUPS, language, row -> iscoGroup(row, language));
      read(EscoFile.SKILL_GROUPS, language, row -> skillGroup(row, language));
      read(EscoFile.SKILLS, language, row -> skill(row, language));
      read(EscoFile.OCCUPATIONS, language, row -> occupation(row, language));
      read(EscoFile.CONCEPT_SCHEMES, language, row -> conceptScheme(row, language));
    }
    requireConcepts();
    read(EscoFile.OCCUPATION_BROADER, primary(), this::occupationBroader);
    read(EscoFile.SKILL_BROADER, primary(), this::skillBroader);
    read(EscoFile.SKILLS_HIERARCHY, primary(), this::skillsHierarchy);
    read(EscoFile.OCCUPATION_SKILLS, primary(), this::occupationSkill);
    read(EscoFile.SKILL_SKILLS, primary(), this::skillSkill);
    for (var file : EscoFile.values()) {
      if (file.collection() != null) {
        readCollection(file);
      }
    }
    resolveTopConcepts();
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

  private String currentFile;

  private void read(EscoFile file, String language, Consumer<CsvFile.Row> handler) {
    var path = folder.path(file, language);
    if (path == null) {
      if (file.need() == EscoFile.Need.OPTIONAL && language.equals(primary())) {
        release.note(
            file.fileName(language)
                + " is not in the release folder: imported without it"
                + (file.collection() == null
                    ? ""
                    : " (no member of the '" + file.collection() + "' collection)"));
      }
      return;
    }
    currentFile = CsvFile.name(path);
    CsvFile.read(path, handler, release::skip, listener.file(currentFile, size(path)));
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- concept files -------------------------------------------------------------------------

  private void iscoGroup(CsvFile.Row row, String language) {
    var properties = concept(row, "conceptUri", "ISCOGroup", ISCO_GROUP, language);
    if (properties == null) {
      return;
    }
    labels(properties, row, language, "altLabels", "description");
    if (language.equals(primary())) {
      var code = text(row.get("code"));
      properties.put("code", code);
      if (code != null) {
        iscoGroupByCode.putIfAbsent(code, (String) properties.get("id"));
      }
    }
  }

  private void skillGroup(CsvFile.Row row, String language) {
    var properties = concept(row, "conceptUri", "SkillGroup", OUTCOME_GROUP, language);
    if (properties == null) {
      return;
    }
    labels(properties, row, language, "altLabels", "hiddenLabels", "scopeNote", "description");
    if (language.equals(primary())) {
      properties.put("code", text(row.get("code")));
    }
  }

  private void skill(CsvFile.Row row, String language) {
    var primary = language.equals(primary());
    String type = null;
    String reuse = null;
    if (primary) {
      type = text(row.get("skillType"));
      if (type != null && !OUTCOME_TYPES.contains(type)) {
        skipRow(row, "skillType '" + type + "' is neither 'knowledge' nor 'skill/competence'");
        return;
      }
      reuse = text(row.get("reuseLevel"));
      if (reuse != null && !REUSE_LEVELS.contains(reuse)) {
        skipRow(row, "reuseLevel '" + reuse + "' is not one of " + REUSE_LEVELS);
        return;
      }
    }
    var properties =
        concept(row, "conceptUri", "KnowledgeSkillCompetence", LEARNING_OUTCOME, language);
    if (properties == null) {
      return;
    }
    labels(
        properties,
        row,
        language,
        "altLabels",
        "hiddenLabels",
        "scopeNote",
        "definition",
        "description");
    if (primary) {
      properties.put("outcomeType", type);
      properties.put("reuseLevel", reuse);
    }
  }

  private void occupation(CsvFile.Row row, String language) {
    var properties = concept(row, "conceptUri", "Occupation", OCCUPATION, language);
    if (properties == null) {
      return;
    }
    labels(
        properties,
        row,
        language,
        "altLabels",
        "hiddenLabels",
        "scopeNote",
        "definition",
        "description");
    if (!language.equals(primary())) {
      return;
    }
    var id = (String) properties.get("id");
    properties.put("code", text(row.get("code")));
    properties.put("regulatedProfessionNote", text(row.get("regulatedProfessionNote")));
    var isco = text(row.get("iscoGroup"));
    var group = isco == null ? null : isco.contains("/") ? isco : iscoGroupByCode.get(isco);
    if (group == null || !release.has(ISCO_GROUP, group)) {
      properties.put("iscoCode", null);
      skipRow(
          row,
          isco == null
              ? "no iscoGroup; the occupation is imported without an ISCO group"
              : "iscoGroup '"
                  + isco
                  + "' is not in "
                  + EscoFile.ISCO_GROUPS.fileName(primary())
                  + "; the occupation is imported without an ISCO group");
      return;
    }
    properties.put("iscoCode", release.concepts(ISCO_GROUP).get(group).get("code"));
    release.link(LinkType.IN_ISCO_GROUP, id, group, null, currentFile, row.line());
  }

  private void conceptScheme(CsvFile.Row row, String language) {
    var id = uri(row, "conceptSchemeUri");
    if (id == null) {
      return;
    }
    var properties = properties(row, id, CONCEPT_SCHEME, language);
    if (properties == null) {
      return;
    }
    properties.put("prefLabel_" + language, text(row.get("preferredLabel")));
    properties.put("title_" + language, text(row.get("title")));
    properties.put("description_" + language, text(row.get("description")));
    if (language.equals(primary())) {
      topConcepts.put(id, split(row.get("hasTopConcept"), "[,\\n\\r]"));
      topConceptLines.put(id, row.line());
    }
  }

  /**
   * The properties of the concept a row describes: new ones in the primary language, the existing
   * ones in another language. Null (row reported) when the row cannot be used.
   */
  private Map<String, Object> concept(
      CsvFile.Row row, String uriColumn, String conceptType, ConceptKind kind, String language) {
    var id = uri(row, uriColumn);
    if (id == null) {
      return null;
    }
    var declared = row.get("conceptType").strip();
    if (!declared.equals(conceptType)) {
      skipRow(row, "conceptType '" + declared + "' where '" + conceptType + "' is expected");
      return null;
    }
    var label = text(row.get("preferredLabel"));
    if (label == null && language.equals(primary())) {
      skipRow(row, "empty preferredLabel");
      return null;
    }
    var properties = properties(row, id, kind, language);
    if (properties != null) {
      properties.put("prefLabel_" + language, label);
    }
    return properties;
  }

  private Map<String, Object> properties(
      CsvFile.Row row, String id, ConceptKind kind, String language) {
    var first = firstLines.putIfAbsent(kind.ordinal() + language + id, row.line());
    if (first != null) {
      skipRow(row, "duplicate " + id + " (first on line " + first + ")");
      return null;
    }
    var concepts = release.concepts(kind);
    if (language.equals(primary())) {
      var properties = new HashMap<String, Object>();
      properties.put("id", id);
      concepts.put(id, properties);
      return properties;
    }
    var properties = concepts.get(id);
    if (properties == null) {
      skipRow(
          row,
          id
              + " is not "
              + kind.description()
              + " in "
              + kind.file().fileName(primary())
              + "; its '"
              + language
              + "' labels are left out");
    }
    return properties;
  }

  private static void labels(
      Map<String, Object> properties, CsvFile.Row row, String language, String... columns) {
    for (var column : columns) {
      switch (column) {
        case "altLabels", "hiddenLabels" -> {
          var labels = split(row.get(column), "\\R");
          properties.put(column + "_" + language, labels.isEmpty() ? null : labels);
        }
        default -> properties.put(column + "_" + language, text(row.get(column)));
      }
    }
  }

  // --- relation files ------------------------------------------------------------------------

  private void occupationBroader(CsvFile.Row row) {
    var kinds = Map.of("Occupation", OCCUPATION, "ISCOGroup", ISCO_GROUP);
    var from = reference(row, "conceptUri", "conceptType", kinds);
    var to = reference(row, "broaderUri", "broaderType", kinds);
    if (from == null || to == null) {
      return;
    }
    LinkType type;
    if (from.kind() == OCCUPATION) {
      type = to.kind() == OCCUPATION ? LinkType.OCCUPATION_BROADER : LinkType.IN_ISCO_GROUP;
    } else if (to.kind() == ISCO_GROUP) {
      type = LinkType.ISCO_GROUP_BROADER;
    } else {
      skipRow(row, "an ISCO group cannot have an occupation as its broader concept");
      return;
    }
    release.link(type, from.id(), to.id(), null, currentFile, row.line());
  }

  private void skillBroader(CsvFile.Row row) {
    var kinds = Map.of("KnowledgeSkillCompetence", LEARNING_OUTCOME, "SkillGroup", OUTCOME_GROUP);
    var from = reference(row, "conceptUri", "conceptType", kinds);
    var to = reference(row, "broaderUri", "broaderType", kinds);
    if (from == null || to == null) {
      return;
    }
    LinkType type;
    if (from.kind() == LEARNING_OUTCOME) {
      type =
          to.kind() == OUTCOME_GROUP
              ? LinkType.OUTCOME_BROADER_GROUP
              : LinkType.OUTCOME_BROADER_OUTCOME;
    } else if (to.kind() == OUTCOME_GROUP) {
      type = LinkType.GROUP_BROADER;
    } else {
      skipRow(row, "a skill group cannot have a skill as its broader concept");
      return;
    }
    release.link(type, from.id(), to.id(), null, currentFile, row.line());
  }

  /** Each row is a path from a top group down; its last two groups are a BROADER pair. */
  private void skillsHierarchy(CsvFile.Row row) {
    var path = new ArrayList<String>();
    for (int level = 0; level <= 3; level++) {
      var uri = row.get("Level " + level + " URI").strip();
      if (uri.isEmpty()) {
        break;
      }
      if (!release.has(OUTCOME_GROUP, uri)) {
        skipRow(row, dangling(uri, OUTCOME_GROUP));
        return;
      }
      path.add(uri);
    }
    if (path.isEmpty()) {
      skipRow(row, "empty Level 0 URI");
      return;
    }
    if (path.size() > 1) {
      release.link(
          LinkType.GROUP_BROADER,
          path.get(path.size() - 1),
          path.get(path.size() - 2),
          null,
          currentFile,
          row.line());
    }
  }

  private void occupationSkill(CsvFile.Row row) {
    var occupation = existing(row, "occupationUri", OCCUPATION);
    var skill = occupation == null ? null : existing(row, "skillUri", LEARNING_OUTCOME);
    var importance = skill == null ? null : importance(row);
    if (importance != null) {
      release.link(LinkType.REQUIRES, occupation, skill, importance, currentFile, row.line());
    }
  }

  private void skillSkill(CsvFile.Row row) {
    var from = existing(row, "originalSkillUri", LEARNING_OUTCOME);
    var to = from == null ? null : existing(row, "relatedSkillUri", LEARNING_OUTCOME);
    var importance = to == null ? null : importance(row);
    if (importance != null) {
      release.link(LinkType.RELATED, from, to, importance, currentFile, row.line());
    }
  }

  private void readCollection(EscoFile file) {
    var members = file == EscoFile.RESEARCH_OCCUPATIONS_COLLECTION ? OCCUPATION : LEARNING_OUTCOME;
    var type =
        members == OCCUPATION ? LinkType.OCCUPATION_IN_COLLECTION : LinkType.OUTCOME_IN_COLLECTION;
    if (folder.path(file, primary()) != null) {
      var properties = new HashMap<String, Object>();
      properties.put("id", file.collection());
      properties.put("prefLabel_en", collectionLabel(file));
      release.concepts(ConceptKind.COLLECTION).put(file.collection(), properties);
    }
    read(
        file,
        primary(),
        row -> {
          var member = existing(row, "conceptUri", members);
          if (member != null) {
            release.link(type, member, file.collection(), null, currentFile, row.line());
          }
        });
  }

  private static String collectionLabel(EscoFile file) {
    return switch (file) {
      case TRANSVERSAL_COLLECTION -> "transversal skills and competences";
      case DIGITAL_COLLECTION -> "digital skills";
      case DIGCOMP_COLLECTION -> "DigComp digital competences";
      case GREEN_COLLECTION -> "green skills";
      case LANGUAGE_COLLECTION -> "language skills and knowledge";
      case RESEARCH_SKILLS_COLLECTION -> "research skills";
      case RESEARCH_OCCUPATIONS_COLLECTION -> "research occupations";
      default -> throw new IllegalArgumentException(file.name());
    };
  }

  /**
   * A scheme's top concepts that this package does not hold (ESCO's member-skills scheme lists
   * concepts outside the classification) are left out with one note per scheme: the scheme row
   * itself is sound.
   */
  private void resolveTopConcepts() {
    var file = EscoFile.CONCEPT_SCHEMES.fileName(primary());
    var kinds =
        Map.of(
            ISCO_GROUP, LinkType.SCHEME_TOP_ISCO_GROUP,
            OUTCOME_GROUP, LinkType.SCHEME_TOP_OUTCOME_GROUP,
            LEARNING_OUTCOME, LinkType.SCHEME_TOP_OUTCOME,
            OCCUPATION, LinkType.SCHEME_TOP_OCCUPATION);
    topConcepts.forEach(
        (scheme, tops) -> {
          var unresolved = new ArrayList<String>();
          for (var top : tops) {
            var kind =
                kinds.keySet().stream()
                    .filter(k -> release.has(k, top))
                    .sorted()
                    .findFirst()
                    .orElse(null);
            if (kind == null) {
              unresolved.add(top);
            } else {
              release.link(kinds.get(kind), scheme, top, null, file, topConceptLines.get(scheme));
            }
          }
          if (!unresolved.isEmpty()) {
            release.note(
                file
                    + ":"
                    + topConceptLines.get(scheme)
                    + ": "
                    + unresolved.size()
                    + " of "
                    + tops.size()
                    + " top concepts of "
                    + scheme
                    + " are not in this release (first: "
                    + unresolved.get(0)
                    + "); those links are left out");
          }
        });
  }

  // --- helpers -------------------------------------------------------------------------------

  private record Reference(String id, ConceptKind kind) {}

  private Reference reference(
      CsvFile.Row row, String uriColumn, String typeColumn, Map<String, ConceptKind> kinds) {
    var id = uri(row, uriColumn);
    if (id == null) {
      return null;
    }
    var declared = row.get(typeColumn).strip();
    var kind = kinds.get(declared);
    if (kind == null) {
      skipRow(row, typeColumn + " '" + declared + "' is not one of " + kinds.keySet());
      return null;
    }
    if (!release.has(kind, id)) {
      skipRow(row, dangling(id, kind));
      return null;
    }
    return new Reference(id, kind);
  }

  private String existing(CsvFile.Row row, String column, ConceptKind kind) {
    var id = uri(row, column);
    if (id == null) {
      return null;
    }
    if (!release.has(kind, id)) {
      skipRow(row, dangling(id, kind));
      return null;
    }
    return id;
  }

  private String dangling(String id, ConceptKind kind) {
    return "dangling reference: "
        + id
        + " is not "
        + kind.description()
        + " in "
        + kind.file().fileName(primary())
        + "; row left out";
  }

  private String importance(CsvFile.Row row) {
    var value = row.get("relationType").strip();
    if (!IMPORTANCES.contains(value)) {
      skipRow(row, "relationType '" + value + "' is neither 'essential' nor 'optional'");
      return null;
    }
    return value;
  }

  /** The URI in a column, or null after reporting the row when it is empty or not absolute. */
  private String uri(CsvFile.Row row, String column) {
    var value = row.get(column).strip();
    if (value.isEmpty()) {
      skipRow(row, "empty " + column);
      return null;
    }
    if (!(value.startsWith("http://") || value.startsWith("https://"))
        || value.chars().anyMatch(Character::isWhitespace)) {
      skipRow(row, column + " '" + abbreviate(value) + "' is not an http(s) URI");
      return null;
    }
    return value;
  }

  private void skipRow(CsvFile.Row row, String reason) {
    release.skip(new SkippedRow(currentFile, row.line(), reason));
  }

  /** Trimmed text, or null when empty: ESCO pads some labels with spaces. */
  static String text(String value) {
    var stripped = value == null ? "" : value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /** The non-empty trimmed parts of a list field, in order, without repeats. */
  static List<String> split(String value, String separator) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    var parts = new LinkedHashSet<String>();
    for (var part : value.split(separator)) {
      var stripped = part.strip();
      if (!stripped.isEmpty()) {
        parts.add(stripped);
      }
    }
    return List.copyOf(parts);
  }

  private static String abbreviate(String value) {
    return value.length() <= 80 ? value : value.substring(0, 80) + "…";
  }
}
