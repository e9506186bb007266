package org.competenceatlas.common;

/** An id that names nothing in the graph; answered as a NOT_FOUND GraphQL error. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String kind, String id) {
    super(
        "No " + kind + " has the id '" + Abbreviate.of(id) + "'. Check the id, or search for it.");
  }
}
