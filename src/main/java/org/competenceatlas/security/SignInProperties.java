package org.competenceatlas.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on signing in with a password (built-in users; docs/security.md, "Sign-in limits").
 *
 * @param failuresPerName wrong passwords for one user name before that name must wait
 * @param failuresPerAddress wrong passwords from one client address, whatever the name, before that
 *     address must wait
 * @param firstBackOff the first wait; each further failure doubles it
 * @param maxBackOff the longest wait
 * @param forgetAfter once this passes without a failure, the count starts again; below the limit,
 *     failures also drain away, as many as the limit in this time; zero forgets each failure at
 *     once
 * @param maxConcurrentHashing password checks (bcrypt, deliberately slow) running at once; 0 means
 *     half the processors, at least one, so checking passwords can never take all of them
 * @param maxHashingWait how long a password check may wait for a free thread; one that could not
 *     start in that time is dropped and its sign-in answered 429 with {@code Retry-After}
 * @param maxCheckWait how long a request waits for its password check before it is answered 503
 *     with {@code Retry-After}; the check goes on, and a correct password signs the retry in at
 *     once
 */
@ConfigurationProperties("atlas.security.sign-in")
public record SignInProperties(
    @DefaultValue("5") int failuresPerName,
    @DefaultValue("20") int failuresPerAddress,
    @DefaultValue("1s") Duration firstBackOff,
    @DefaultValue("5m") Duration maxBackOff,
    @DefaultValue("15m") Duration forgetAfter,
    @DefaultValue("0") int maxConcurrentHashing,
    @DefaultValue("2s") Duration maxHashingWait,
    @DefaultValue("5s") Duration maxCheckWait) {

  int checkThreads() {
    return maxConcurrentHashing > 0
        ? maxConcurrentHashing
        : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  }
}
