/**
 * Measures the transfer engine against judgement: the precision and recall of its shown matches on
 * a judged set of outcome pairs, and the rank correlation of its scores with ratings of moves.
 */
package org.competenceatlas.evaluation;
