package org.competenceatlas.meaning;

/** Told how a computation of the meaning layer goes: the console of a command, or the log. */
public interface MeaningProgress {

  /** {@code done} of {@code total} units of a phase (embedding, linking, writing) of a scope. */
  void progress(String scope, String phase, long done, long total);

  /** A line worth showing: a scope up to date, computed, or failed. */
  void note(String message);
}
