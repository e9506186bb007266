/**
 * Serves the adviser map page: static HTML and ES modules under {@code static/map/} that talk to
 * the public GraphQL API like any other client.
 */
package org.competenceatlas.mappage;
