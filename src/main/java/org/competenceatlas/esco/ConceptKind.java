package org.competenceatlas.esco;

/** The kinds of node an ESCO release becomes, with the graph label of each. */
enum ConceptKind {
  ISCO_GROUP("IscoGroup", "an ISCO group", EscoFile.ISCO_GROUPS),
  OUTCOME_GROUP("OutcomeGroup", "a skill group", EscoFile.SKILL_GROUPS),
  LEARNING_OUTCOME("LearningOutcome", "a skill", EscoFile.SKILLS),
  OCCUPATION("Occupation", "an occupation", EscoFile.OCCUPATIONS),
  CONCEPT_SCHEME("ConceptScheme", "a concept scheme", EscoFile.CONCEPT_SCHEMES),
  COLLECTION("Collection", "a collection", null);

  private final String label;
  private final String description;
  private final EscoFile file;

  ConceptKind(String label, String description, EscoFile file) {
    this.label = label;
    this.description = description;
    this.file = file;
  }

  /** The node label in the graph. */
  String label() {
    return label;
  }

  /** How an error message names one such concept: "a skill". */
  String description() {
    return description;
  }

  /** The file that lists these concepts; null for collections, which the importer names. */
  EscoFile file() {
    return file;
  }

  /** The named query that creates or updates a batch of these nodes. */
  String mergeQuery() {
    return "esco/merge-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
