/** Loads the hand-written demo world from seed-data on first start. */
package org.competenceatlas.seed;
