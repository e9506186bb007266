package org.competenceatlas.common;

import java.time.Duration;

/**
 * A request refused because what it needs is busy; it may be sent again after {@link #retryAfter}.
 */
public class OverloadedException extends RuntimeException {

  private final Overload classification;
  private final Duration retryAfter;

  public OverloadedException(Overload classification, String message, Duration retryAfter) {
    super(message);
    this.classification = classification;
    this.retryAfter = retryAfter;
  }

  public Overload classification() {
    return classification;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** Whole seconds, at least one, as HTTP's Retry-After header takes them. */
  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
