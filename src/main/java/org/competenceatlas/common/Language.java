package org.competenceatlas.common;

import java.util.regex.Pattern;

/** Validates the {@code language} arguments of the API. */
public final class Language {

  private static final Pattern ISO_639_1 = Pattern.compile("[a-z]{2}");

  private Language() {}

  public static String require(String language) {
    if (language == null) {
      return Labels.FALLBACK_LANGUAGE;
    }
    if (!ISO_639_1.matcher(language).matches()) {
      throw new InvalidInputException(
          "language",
          "language must be a two-letter ISO 639-1 code in lower case, such as 'en' or 'nl'; got '"
              + Abbreviate.of(language)
              + "'");
    }
    return language;
  }
}
