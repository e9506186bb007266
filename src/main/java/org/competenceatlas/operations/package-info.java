/**
 * Keeps the service operable: health and readiness, metrics, request logs, and backup and restore
 * of the graph.
 */
package org.competenceatlas.operations;
