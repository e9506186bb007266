package org.competenceatlas.esco;

/**
 * Follows an import as it goes: the reading of each file, each write step. The console display is
 * one implementation; tests use others (one of them fails a step on purpose, to show that a
 * half-done import leaves the graph as it was).
 */
interface ImportListener {

  /** Reading one file of {@code bytes} bytes begins. */
  Progress file(String name, long bytes);

  /** A write step of {@code rows} rows begins. */
  Progress step(String name, long rows);

  /** A write step has sent all its rows; the transaction is still open. */
  default void stepDone(String name) {}

  /** A line of information, such as the phase that starts. */
  default void note(String line) {}

  /** How far one file or step has got. */
  interface Progress {

    default void bytes(long read) {}

    void rows(long done);

    void done(long rows);
  }

  ImportListener SILENT =
      new ImportListener() {
        private final Progress nothing =
            new Progress() {
              @Override
              public void rows(long done) {}

              @Override
              public void done(long rows) {}
            };

        @Override
        public Progress file(String name, long bytes) {
          return nothing;
        }

        @Override
        public Progress step(String name, long rows) {
          return nothing;
        }
      };
}
