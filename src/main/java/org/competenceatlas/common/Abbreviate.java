package org.competenceatlas.common;

/** Keeps echoed user input short in error messages. */
public final class Abbreviate {

  private static final int MAX = 60;

  private Abbreviate() {}

  public static String of(String text) {
    if (text == null || text.length() <= MAX) {
      return text;
    }
    return text.substring(0, MAX) + "…";
  }
}
