/** The learner's portfolio: experiences, claims, evidence and validations. */
package org.competenceatlas.learner;
