package org.competenceatlas.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in not attempted: too many recent failures, or every password check busy. */
class SignInThrottledException extends AuthenticationException {

  private final Duration retryAfter;

  SignInThrottledException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /** Whole seconds, at least one, as HTTP's Retry-After header takes them. */
  long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
