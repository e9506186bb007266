package org.competenceatlas.taxonomy;

/** Knowledge, or skill/competence, as ESCO types its concepts. */
public enum OutcomeType {
  KNOWLEDGE,
  SKILL_COMPETENCE;

  static OutcomeType fromGraph(Object value) {
    if ("knowledge".equals(value)) {
      return KNOWLEDGE;
    }
    return "skill/competence".equals(value) ? SKILL_COMPETENCE : null;
  }
}
