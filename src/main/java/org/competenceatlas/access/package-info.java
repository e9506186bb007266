/** The learner's rights over their data: grants, the access log, export and erasure. */
package org.competenceatlas.access;
