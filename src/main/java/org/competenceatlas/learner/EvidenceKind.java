package org.competenceatlas.learner;

/** The kind of a piece of evidence (the schema's {@code EvidenceKind}). */
public enum EvidenceKind {
  DOCUMENT,
  WORK_PRODUCT,
  REFERENCE,
  OBSERVATION
}
