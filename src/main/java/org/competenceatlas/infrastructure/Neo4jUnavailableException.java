package org.competenceatlas.infrastructure;

/**
 * The application cannot use its database at start-up; {@link #action()} says what to change. The
 * failure analyzer prints both instead of a stack trace.
 */
public class Neo4jUnavailableException extends IllegalStateException {

  private final String description;
  private final String action;

  Neo4jUnavailableException(String description, String action, Throwable cause) {
    super(description + " " + action, cause);
    this.description = description;
    this.action = action;
  }

  public String description() {
    return description;
  }

  public String action() {
    return action;
  }
}
