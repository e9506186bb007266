package org.competenceatlas.meaning;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the meaning layer current in a running application: once it is ready, and then every {@code
 * atlas.meaning.check-interval}, computes the scopes whose outcomes changed. With {@code on-start:
 * blocking} the first computation finishes before the application reports ready.
 */
@Component
class MeaningLayerScheduler {

  private static final Logger log = LoggerFactory.getLogger(MeaningLayerScheduler.class);

  private final MeaningLayerService service;
  private final MeaningProperties properties;
  private ScheduledExecutorService scheduler;

  MeaningLayerScheduler(MeaningLayerService service, MeaningProperties properties) {
    this.service = service;
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!properties.enabled() || properties.onStart() == MeaningProperties.OnStart.OFF) {
      return;
    }
    long interval = Math.max(1, properties.checkInterval().toSeconds());
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              var thread = new Thread(runnable, "meaning-layer");
              thread.setDaemon(true);
              thread.setPriority(Thread.MIN_PRIORITY);
              return thread;
            });
    if (properties.onStart() == MeaningProperties.OnStart.BLOCKING) {
      refresh();
      scheduler.scheduleWithFixedDelay(this::refresh, interval, interval, TimeUnit.SECONDS);
    } else {
      scheduler.scheduleWithFixedDelay(this::refresh, 0, interval, TimeUnit.SECONDS);
    }
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }

  private void refresh() {
    try {
      service.refresh(new LoggedProgress());
    } catch (Throwable e) {
      // Also an error such as running out of memory while embedding: one that escaped would cancel
      // every later check without a word.
      log.error("Checking the meaning layer failed; the next check tries again", e);
    }
  }

  /** Progress in the log: a line per phase every tenth of the way, and every note. */
  static final class LoggedProgress implements MeaningProgress {

    private long lastTenth = -1;
    private String lastPhase = "";

    @Override
    public void progress(String scope, String phase, long done, long total) {
      long tenth = total == 0 ? 10 : done * 10 / total;
      if (!phase.equals(lastPhase) || tenth != lastTenth) {
        lastPhase = phase;
        lastTenth = tenth;
        log.info("Meaning layer of '{}': {} {} of {}", scope, phase, done, total);
      }
    }

    @Override
    public void note(String message) {
      log.info(message);
    }
  }
}
