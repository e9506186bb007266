package org.competenceatlas.esco;

import static org.competenceatlas.esco.ConceptKind.COLLECTION;
import static org.competenceatlas.esco.ConceptKind.CONCEPT_SCHEME;
import static org.competenceatlas.esco.ConceptKind.ISCO_GROUP;
import static org.competenceatlas.esco.ConceptKind.LEARNING_OUTCOME;
import static org.competenceatlas.esco.ConceptKind.OCCUPATION;
import static org.competenceatlas.esco.ConceptKind.OUTCOME_GROUP;

import java.util.Locale;

/**
 * The relationships an ESCO release becomes, one per pair of end labels (so that each write
 * statement looks both ends up by a unique index).
 */
enum LinkType {
  ISCO_GROUP_BROADER("BROADER", ISCO_GROUP, ISCO_GROUP),
  IN_ISCO_GROUP("IN_ISCO_GROUP", OCCUPATION, ISCO_GROUP),
  OCCUPATION_BROADER("BROADER", OCCUPATION, OCCUPATION),
  GROUP_BROADER("BROADER", OUTCOME_GROUP, OUTCOME_GROUP),
  OUTCOME_BROADER_GROUP("BROADER", LEARNING_OUTCOME, OUTCOME_GROUP),
  OUTCOME_BROADER_OUTCOME("BROADER", LEARNING_OUTCOME, LEARNING_OUTCOME),
  REQUIRES("REQUIRES", OCCUPATION, LEARNING_OUTCOME),
  RELATED("RELATED", LEARNING_OUTCOME, LEARNING_OUTCOME),
  OUTCOME_IN_COLLECTION("IN_COLLECTION", LEARNING_OUTCOME, COLLECTION),
  OCCUPATION_IN_COLLECTION("IN_COLLECTION", OCCUPATION, COLLECTION),
  SCHEME_TOP_ISCO_GROUP("HAS_TOP_CONCEPT", CONCEPT_SCHEME, ISCO_GROUP),
  SCHEME_TOP_OUTCOME_GROUP("HAS_TOP_CONCEPT", CONCEPT_SCHEME, OUTCOME_GROUP),
  SCHEME_TOP_OUTCOME("HAS_TOP_CONCEPT", CONCEPT_SCHEME, LEARNING_OUTCOME),
  SCHEME_TOP_OCCUPATION("HAS_TOP_CONCEPT", CONCEPT_SCHEME, OCCUPATION);

  private final String type;
  private final ConceptKind from;
  private final ConceptKind to;

  LinkType(String type, ConceptKind from, ConceptKind to) {
    this.type = type;
    this.from = from;
    this.to = to;
  }

  /** The relationship type in the graph. */
  String type() {
    return type;
  }

  ConceptKind from() {
    return from;
  }

  ConceptKind to() {
    return to;
  }

  /** Whether rows carry an {@code importance} ('essential' or 'optional'). */
  boolean hasImportance() {
    return this == REQUIRES || this == RELATED;
  }

  /** "BROADER (LearningOutcome→OutcomeGroup)", for the summary. */
  String describe() {
    return type + " (" + from.label() + "→" + to.label() + ")";
  }

  /** The named query that creates a batch of these relationships. */
  String query() {
    return "esco/link-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
