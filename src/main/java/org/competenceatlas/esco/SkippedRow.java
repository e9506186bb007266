package org.competenceatlas.esco;

/**
 * A row (or a reference within a row) that the import left out, and why.
 *
 * @param file the file's name, such as {@code skills_en.csv}
 * @param line the line the record starts on, counting the header as line 1
 * @param reason what was wrong and what was left out
 */
record SkippedRow(String file, long line, String reason) {

  @Override
  public String toString() {
    return file + ":" + line + ": " + reason;
  }
}
