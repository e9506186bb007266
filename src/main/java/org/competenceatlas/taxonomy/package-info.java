/**
 * The occupational taxonomy: occupations, learning outcomes, their groups and hierarchy, ISCO
 * groups.
 */
package org.competenceatlas.taxonomy;
