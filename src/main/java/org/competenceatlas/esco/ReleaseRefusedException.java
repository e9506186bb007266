package org.competenceatlas.esco;

import java.util.List;

/**
 * The release cannot be imported as it is; nothing was written. Each problem names the file, and
 * where it applies the column or line, and the reason.
 */
class ReleaseRefusedException extends RuntimeException {

  private final List<String> problems;

  ReleaseRefusedException(List<String> problems) {
    super(
        "The release was refused and nothing was imported:\n  - "
            + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  ReleaseRefusedException(String problem) {
    this(List.of(problem));
  }

  List<String> problems() {
    return problems;
  }
}
