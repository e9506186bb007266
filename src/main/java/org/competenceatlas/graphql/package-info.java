/**
 * Plugs the capabilities' controllers into the GraphQL runtime: the {@code Date} scalar, the label
 * fields' {@code language} argument, classified errors, cached parsed documents, the bounded number
 * of requests executing at once, and the retry and write admission around every root field.
 */
package org.competenceatlas.graphql;
