/**
 * Routes to a career: sequences of stepping-stone occupations, each step with its gap and offers.
 */
package org.competenceatlas.routes;
