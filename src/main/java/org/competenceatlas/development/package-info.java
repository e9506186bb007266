/** Calibrate and develop: a learner's qualification gap, development plans and the learner map. */
package org.competenceatlas.development;
