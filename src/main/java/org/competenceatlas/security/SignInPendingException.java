package org.competenceatlas.security;

import java.time.Duration;

/**
 * A sign-in whose password check did not finish within {@code max-check-wait}; the check goes on,
 * and a correct password is remembered when it ends.
 */
class SignInPendingException extends SignInThrottledException {

  SignInPendingException(Duration retryAfter) {
    super(
        "The server is busy and has not finished checking this password, so the request was not"
            + " carried out. Send the same request again after the time in Retry-After: a correct"
            + " password is recognised at once then.",
        retryAfter);
  }
}
