package org.competenceatlas.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

/** Tests that compare the in-memory copy with the graph wait until the copy is built. */
final class TaxonomyCopies {

  private TaxonomyCopies() {}

  static TaxonomyMemory.Copy awaitCopy(TaxonomyMemory memory) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (memory.current().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(memory.current()).as("the in-memory copy of the taxonomy").isPresent();
    return memory.current().orElseThrow();
  }
}
