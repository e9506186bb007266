/**
 * Bounds what one GraphQL request may cost: query depth and complexity, request body size and
 * execution time, each configurable under {@code atlas.graphql} and refused with an error naming
 * the limit.
 */
package org.competenceatlas.limits;
