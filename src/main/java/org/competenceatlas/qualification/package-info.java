/**
 * Standards of education and the offers that teach them: qualifications, units, learning
 * opportunities.
 */
package org.competenceatlas.qualification;
