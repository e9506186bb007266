package org.competenceatlas.common;

/**
 * A concept with labels per language; its GraphQL label fields take a {@code language} argument.
 */
public interface Labelled {

  Labels labels();
}
