package org.competenceatlas.common;

/** An argument the API cannot accept; answered as a BAD_REQUEST GraphQL error naming it. */
public class InvalidInputException extends RuntimeException {

  private final String argument;

  public InvalidInputException(String argument, String message) {
    super(message);
    this.argument = argument;
  }

  public String argument() {
    return argument;
  }
}
