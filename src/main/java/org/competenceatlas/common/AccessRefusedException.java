package org.competenceatlas.common;

/**
 * A caller without the right to a field: answered as UNAUTHORIZED when nobody is signed in, as
 * FORBIDDEN when the signed-in user lacks a role or a learner's grant.
 */
public class AccessRefusedException extends RuntimeException {

  private final boolean signInWouldHelp;

  private AccessRefusedException(String message, boolean signInWouldHelp) {
    super(message);
    this.signInWouldHelp = signInWouldHelp;
  }

  public static AccessRefusedException signInRequired(String what) {
    return new AccessRefusedException("Sign in to " + what + ".", true);
  }

  public static AccessRefusedException forbidden(String message) {
    return new AccessRefusedException(message, false);
  }

  public boolean signInWouldHelp() {
    return signInWouldHelp;
  }
}
