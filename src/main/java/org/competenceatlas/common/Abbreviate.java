package org.competenceatlas.common;

/** Keeps echoed user input short in error messages. */
public final class Abbreviate {

  /**
   * Long enough for a whole ESCO concept URI (about 75 characters), so that a refused id can be
   * read in full.
   */
  public static final int MAX = 100;

  private Abbreviate() {}

  public static String of(String text) {
    if (text == null || text.length() <= MAX) {
      return text;
    }
    return text.substring(0, MAX) + "…";
  }
}
