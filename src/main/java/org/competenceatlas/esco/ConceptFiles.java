package org.competenceatlas.esco;

import static org.competenceatlas.esco.ConceptKind.CONCEPT_SCHEME;
import static org.competenceatlas.esco.ConceptKind.ISCO_GROUP;
import static org.competenceatlas.esco.ConceptKind.LEARNING_OUTCOME;
import static org.competenceatlas.esco.ConceptKind.OCCUPATION;
import static org.competenceatlas.esco.ConceptKind.OUTCOME_GROUP;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the concept files of a release: in the primary language each row is a concept with its
 * properties, in the other languages it adds labels to a concept already read. The schemes' top
 * concepts are linked once every concept is known.
 */
final class ConceptFiles {

  static final Set<String> OUTCOME_TYPES = Set.of("knowledge", "skill/competence");
  static final Set<String> REUSE_LEVELS =
      Set.of("transversal", "cross-sector", "sector-specific", "occupation-specific");

  /** The text columns of skills and occupations, the concepts that carry a definition. */
  private static final String[] DEFINED_CONCEPT_TEXTS = {
    "altLabels", "hiddenLabels", "scopeNote", "definition", "description"
  };

  private final ReleaseReading reading;
  private final EscoRelease release;
  private final Map<String, String> iscoGroupByCode = new HashMap<>();
  private final Map<String, List<String>> topConcepts = new LinkedHashMap<>();
  private final Map<String, Long> topConceptLines = new HashMap<>();
  private final Map<String, Long> firstLines = new HashMap<>();

  ConceptFiles(ReleaseReading reading) {
    this.reading = reading;
    this.release = reading.release();
  }

  private static final String[] ISCO_GROUP_TEXTS = {"altLabels", "description"};
  private static final String[] SKILL_GROUP_TEXTS = {
    "altLabels", "hiddenLabels", "scopeNote", "description"
  };
  private static final String[] SCHEME_TEXTS = {"title", "description"};

  /** The concept files of one language; the primary language first. */
  void read(String language) {
    reading.read(EscoFile.ISCO_GROUPS, language, row -> iscoGroup(row, language));
    reading.read(EscoFile.SKILL_GROUPS, language, row -> skillGroup(row, language));
    reading.read(EscoFile.SKILLS, language, row -> skill(row, language));
    reading.read(EscoFile.OCCUPATIONS, language, row -> occupation(row, language));
    reading.read(EscoFile.CONCEPT_SCHEMES, language, row -> conceptScheme(row, language));
    if (!language.equals(reading.primary())) {
      withoutRowInLanguage(ISCO_GROUP, language, ISCO_GROUP_TEXTS);
      withoutRowInLanguage(OUTCOME_GROUP, language, SKILL_GROUP_TEXTS);
      withoutRowInLanguage(LEARNING_OUTCOME, language, DEFINED_CONCEPT_TEXTS);
      withoutRowInLanguage(OCCUPATION, language, DEFINED_CONCEPT_TEXTS);
      // The schemes' file is optional: without it the language says nothing about them.
      if (reading.folder().path(EscoFile.CONCEPT_SCHEMES, language) != null) {
        withoutRowInLanguage(CONCEPT_SCHEME, language, SCHEME_TEXTS);
      }
    }
  }

  /**
   * A release that brings a language but no row of it for a concept (ESCO translates partly) has no
   * text of that language for it: null removes what an earlier release wrote.
   */
  private void withoutRowInLanguage(ConceptKind kind, String language, String... texts) {
    var label = "prefLabel_" + language;
    for (var properties : release.concepts(kind).values()) {
      if (!properties.containsKey(label)) {
        properties.put(label, null);
        for (var text : texts) {
          properties.put(text + "_" + language, null);
        }
      }
    }
  }

  private void iscoGroup(CsvFile.Row row, String language) {
    var properties = concept(row, "conceptUri", "ISCOGroup", ISCO_GROUP, language);
    if (properties == null) {
      return;
    }
    labels(properties, row, language, ISCO_GROUP_TEXTS);
    if (language.equals(reading.primary())) {
      var code = ReleaseReading.text(row.get("code"));
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
    labels(properties, row, language, SKILL_GROUP_TEXTS);
    if (language.equals(reading.primary())) {
      properties.put("code", ReleaseReading.text(row.get("code")));
    }
  }

  private void skill(CsvFile.Row row, String language) {
    var primary = language.equals(reading.primary());
    String type = null;
    String reuse = null;
    // A bad type or reuse level costs that field, not the skill: a skill left out would be marked
    // deprecated and lose its links, though the release has it.
    if (primary) {
      type = ReleaseReading.text(row.get("skillType"));
      if (type != null && !OUTCOME_TYPES.contains(type)) {
        reading.skipRow(
            row,
            "skillType '"
                + type
                + "' is neither 'knowledge' nor 'skill/competence'; the skill is imported without"
                + " a type");
        type = null;
      }
      reuse = ReleaseReading.text(row.get("reuseLevel"));
      if (reuse != null && !REUSE_LEVELS.contains(reuse)) {
        reading.skipRow(
            row,
            "reuseLevel '"
                + reuse
                + "' is not one of "
                + REUSE_LEVELS
                + "; the skill is imported without a reuse level");
        reuse = null;
      }
    }
    var properties =
        concept(row, "conceptUri", "KnowledgeSkillCompetence", LEARNING_OUTCOME, language);
    if (properties == null) {
      return;
    }
    labels(properties, row, language, DEFINED_CONCEPT_TEXTS);
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
    labels(properties, row, language, DEFINED_CONCEPT_TEXTS);
    if (!language.equals(reading.primary())) {
      return;
    }
    var id = (String) properties.get("id");
    properties.put("code", ReleaseReading.text(row.get("code")));
    properties.put(
        "regulatedProfessionNote", ReleaseReading.text(row.get("regulatedProfessionNote")));
    var isco = ReleaseReading.text(row.get("iscoGroup"));
    var group = isco == null ? null : isco.contains("/") ? isco : iscoGroupByCode.get(isco);
    if (group == null || !release.has(ISCO_GROUP, group)) {
      properties.put("iscoCode", null);
      reading.skipRow(
          row,
          isco == null
              ? "no iscoGroup; the occupation is imported without an ISCO group"
              : "iscoGroup '"
                  + isco
                  + "' is not in "
                  + EscoFile.ISCO_GROUPS.fileName(reading.primary())
                  + "; the occupation is imported without an ISCO group");
      return;
    }
    properties.put("iscoCode", release.concepts(ISCO_GROUP).get(group).get("code"));
    release.link(LinkType.IN_ISCO_GROUP, id, group, null, reading.currentFile(), row.line());
  }

  private void conceptScheme(CsvFile.Row row, String language) {
    var id = reading.uri(row, "conceptSchemeUri");
    if (id == null) {
      return;
    }
    var properties = properties(row, id, CONCEPT_SCHEME, language);
    if (properties == null) {
      return;
    }
    properties.put("prefLabel_" + language, ReleaseReading.text(row.get("preferredLabel")));
    labels(properties, row, language, SCHEME_TEXTS);
    if (language.equals(reading.primary())) {
      topConcepts.put(id, ReleaseReading.split(row.get("hasTopConcept"), "[,\\n\\r]"));
      topConceptLines.put(id, row.line());
    }
  }

  /**
   * The properties of the concept a row describes: new ones in the primary language, the existing
   * ones in another language. Null (row reported) when the row cannot be used.
   */
  private Map<String, Object> concept(
      CsvFile.Row row, String uriColumn, String conceptType, ConceptKind kind, String language) {
    var id = reading.uri(row, uriColumn);
    if (id == null) {
      return null;
    }
    var declared = row.get("conceptType").strip();
    if (!declared.equals(conceptType)) {
      reading.skipRow(
          row, "conceptType '" + declared + "' where '" + conceptType + "' is expected");
      return null;
    }
    var label = ReleaseReading.text(row.get("preferredLabel"));
    if (label == null && language.equals(reading.primary())) {
      reading.skipRow(row, "empty preferredLabel");
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
      reading.skipRow(row, "duplicate " + id + " (first on line " + first + ")");
      return null;
    }
    var concepts = release.concepts(kind);
    if (language.equals(reading.primary())) {
      var properties = new HashMap<String, Object>();
      properties.put("id", id);
      concepts.put(id, properties);
      return properties;
    }
    var properties = concepts.get(id);
    if (properties == null) {
      reading.skipRow(
          row,
          id
              + " is not "
              + kind.description()
              + " in "
              + kind.file().fileName(reading.primary())
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
          var labels = ReleaseReading.split(row.get(column), "\\R");
          properties.put(column + "_" + language, labels.isEmpty() ? null : labels);
        }
        default -> properties.put(column + "_" + language, ReleaseReading.text(row.get(column)));
      }
    }
  }

  /**
   * A scheme's top concepts that this package does not hold (ESCO's member-skills scheme lists
   * concepts outside the classification) are left out with one note per scheme: the scheme row
   * itself is sound.
   */
  void resolveTopConcepts() {
    var file = EscoFile.CONCEPT_SCHEMES.fileName(reading.primary());
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
}
