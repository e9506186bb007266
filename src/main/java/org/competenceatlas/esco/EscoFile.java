package org.competenceatlas.esco;

import java.util.List;

/**
 * The CSV files of ESCO's "classification" package that the importer reads, with the columns it
 * needs from each. A release folder holds one such set per language ({@code occupations_en.csv},
 * {@code occupations_nl.csv}, ...).
 */
enum EscoFile {
  ISCO_GROUPS(
      "ISCOGroups",
      Need.EVERY_LANGUAGE,
      null,
      "conceptType",
      "conceptUri",
      "code",
      "preferredLabel",
      "altLabels",
      "description"),
  SKILL_GROUPS(
      "skillGroups",
      Need.EVERY_LANGUAGE,
      null,
      "conceptType",
      "conceptUri",
      "preferredLabel",
      "altLabels",
      "hiddenLabels",
      "scopeNote",
      "description",
      "code"),
  SKILLS(
      "skills",
      Need.EVERY_LANGUAGE,
      null,
      "conceptType",
      "conceptUri",
      "skillType",
      "reuseLevel",
      "preferredLabel",
      "altLabels",
      "hiddenLabels",
      "scopeNote",
      "definition",
      "description"),
  OCCUPATIONS(
      "occupations",
      Need.EVERY_LANGUAGE,
      null,
      "conceptType",
      "conceptUri",
      "iscoGroup",
      "preferredLabel",
      "altLabels",
      "hiddenLabels",
      "regulatedProfessionNote",
      "scopeNote",
      "definition",
      "description",
      "code"),
  CONCEPT_SCHEMES(
      "conceptSchemes",
      Need.OPTIONAL,
      null,
      "conceptSchemeUri",
      "preferredLabel",
      "title",
      "description",
      "hasTopConcept"),
  SKILLS_HIERARCHY(
      "skillsHierarchy",
      Need.PRIMARY_LANGUAGE,
      null,
      "Level 0 URI",
      "Level 1 URI",
      "Level 2 URI",
      "Level 3 URI"),
  OCCUPATION_BROADER(
      "broaderRelationsOccPillar",
      Need.PRIMARY_LANGUAGE,
      null,
      "conceptType",
      "conceptUri",
      "broaderType",
      "broaderUri"),
  SKILL_BROADER(
      "broaderRelationsSkillPillar",
      Need.PRIMARY_LANGUAGE,
      null,
      "conceptType",
      "conceptUri",
      "broaderType",
      "broaderUri"),
  OCCUPATION_SKILLS(
      "occupationSkillRelations",
      Need.PRIMARY_LANGUAGE,
      null,
      "occupationUri",
      "relationType",
      "skillUri"),
  SKILL_SKILLS(
      "skillSkillRelations",
      Need.PRIMARY_LANGUAGE,
      null,
      "originalSkillUri",
      "relationType",
      "relatedSkillUri"),
  TRANSVERSAL_COLLECTION("transversalSkillsCollection", Need.OPTIONAL, "transversal", "conceptUri"),
  DIGITAL_COLLECTION("digitalSkillsCollection", Need.OPTIONAL, "digital", "conceptUri"),
  DIGCOMP_COLLECTION("digCompSkillsCollection", Need.OPTIONAL, "digcomp", "conceptUri"),
  GREEN_COLLECTION("greenSkillsCollection", Need.OPTIONAL, "green", "conceptUri"),
  LANGUAGE_COLLECTION("languageSkillsCollection", Need.OPTIONAL, "language", "conceptUri"),
  RESEARCH_SKILLS_COLLECTION(
      "researchSkillsCollection", Need.OPTIONAL, "research-skills", "conceptUri"),
  RESEARCH_OCCUPATIONS_COLLECTION(
      "researchOccupationsCollection", Need.OPTIONAL, "research-occupations", "conceptUri");

  /** When a release must have the file. */
  enum Need {
    /** In every language of the release: it carries the labels. */
    EVERY_LANGUAGE,
    /** In the primary language: it carries structure, the same in every language. */
    PRIMARY_LANGUAGE,
    /** Imported when present; its absence is noted in the summary. */
    OPTIONAL
  }

  private final String baseName;
  private final Need need;
  private final String collection;
  private final List<String> columns;

  EscoFile(String baseName, Need need, String collection, String... columns) {
    this.baseName = baseName;
    this.need = need;
    this.collection = collection;
    this.columns = List.of(columns);
  }

  String baseName() {
    return baseName;
  }

  Need need() {
    return need;
  }

  /** The {@code :Collection} id this file lists the members of; null for other files. */
  String collection() {
    return collection;
  }

  /** The columns the importer reads; a file without one of them refuses the release. */
  List<String> columns() {
    return columns;
  }

  /** Whether the file is read in languages other than the primary one (for its labels). */
  boolean carriesLabels() {
    return need == Need.EVERY_LANGUAGE || this == CONCEPT_SCHEMES;
  }

  String fileName(String language) {
    return baseName + "_" + language + ".csv";
  }

  static EscoFile byBaseName(String baseName) {
    for (var file : values()) {
      if (file.baseName.equals(baseName)) {
        return file;
      }
    }
    return null;
  }
}
