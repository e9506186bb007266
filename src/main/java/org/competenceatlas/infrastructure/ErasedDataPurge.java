package org.competenceatlas.infrastructure;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Removes erased data from the database's transaction logs soon after an erasure: at most {@code
 * atlas.erasure.purge-delay} later (erasures close together share one purge), and at the next start
 * if a crash came first. With the embedded DBMS the logs are closed and pruned
 * (EmbeddedNeo4j#purgeTransactionLogs); an external server is asked for a checkpoint, after which
 * it prunes by its own {@code db.tx_log.rotation.retention_policy} (docs/security.md).
 */
@Component
public class ErasedDataPurge implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ErasedDataPurge.class);

  private final ObjectProvider<EmbeddedNeo4j> embedded;
  private final Driver driver;
  private final Duration delay;
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            var thread = new Thread(task, "erased-data-purge");
            thread.setDaemon(true);
            return thread;
          });

  ErasedDataPurge(
      ObjectProvider<EmbeddedNeo4j> embedded,
      Driver driver,
      @Value("${atlas.erasure.purge-delay:1m}") Duration delay) {
    this.embedded = embedded;
    this.driver = driver;
    this.delay = delay;
  }

  /** Called after an erasure has committed. */
  public void afterErasure() {
    if (scheduled.compareAndSet(false, true)) {
      scheduler.schedule(this::purgeScheduled, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void purgeScheduled() {
    scheduled.set(false);
    try {
      purgeNow();
    } catch (RuntimeException e) {
      log.warn("Could not purge erased data from the transaction logs: {}", e.getMessage());
    }
  }

  /** Purges now and returns when done. */
  public void purgeNow() {
    var neo4j = embedded.getIfAvailable();
    if (neo4j != null) {
      neo4j.purgeTransactionLogs();
      return;
    }
    try (var session = driver.session()) {
      session.executeWriteWithoutResult(tx -> tx.run("CALL db.checkpoint()").consume());
    }
  }

  @Override
  public void destroy() {
    scheduler.shutdownNow();
  }
}
