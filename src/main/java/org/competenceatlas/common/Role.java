package org.competenceatlas.common;

/** What a signed-in user may be, from the built-in users or the identity provider's token. */
public enum Role {
  /** Owns a portfolio: sees, corrects, shares, exports and erases their own data. */
  LEARNER,
  /** Explores transfers and plans with learners who granted access. */
  ADVISER,
  /** Reads and validates the claims of learners who granted access. */
  ASSESSOR,
  /** Taxonomy, transfer and anonymised aggregate queries; never a person. */
  RESEARCHER,
  /** Imports and configuration; no access to learners. */
  ADMIN
}
