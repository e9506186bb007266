package org.competenceatlas.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ThreadProcessorTimeTest {

  @Test
  void countsABusyThreadUnderItsKindAndEveryKindInTheTotal() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc");
    var before = ThreadProcessorTime.of(ProcessHandle.current()).get("Bolt workers");
    var done = new CountDownLatch(1);
    // A thread that has ended is no longer in /proc: it waits until it has been read.
    var read = new CountDownLatch(1);
    var worker =
        new Thread(
            () -> {
              // Busy until it has used 0.2 s of processor time, however busy the machine is.
              var threads = ManagementFactory.getThreadMXBean();
              while (threads.getCurrentThreadCpuTime() < 200_000_000L) {
                Thread.onSpinWait();
              }
              done.countDown();
              try {
                read.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "neo4j.BoltWorker-1");
    worker.start();
    done.await();

    var after = ThreadProcessorTime.of(ProcessHandle.current());
    read.countDown();
    worker.join();

    assertThat(after.get("Bolt workers") - before).isGreaterThanOrEqualTo(0.1);
    double kinds =
        after.entrySet().stream()
            .filter(entry -> !entry.getKey().equals("total"))
            .mapToDouble(entry -> entry.getValue())
            .sum();
    assertThat(after.get("total")).isCloseTo(kinds, offset(1e-9));
  }
}
