/** Imports an official ESCO CSV release into the taxonomy, in one transaction, versioned. */
package org.competenceatlas.esco;
