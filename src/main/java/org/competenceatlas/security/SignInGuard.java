package org.competenceatlas.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Makes guessing passwords cost the guesser: wrong passwords for one user name, or from one client
 * address, make further attempts wait, twice as long after each failure. A throttled attempt is
 * answered before any password is checked. How many checks run at once is bounded by the threads
 * that {@link CachedPasswordAuthentication} runs them on.
 *
 * <p>Below the limit, failures drain away at the limit's pace, one whole failure per {@code
 * forget-after / limit}: otherwise an office behind one address, whose people mistype a password
 * now and then, would collect failures all day and be made to wait. Over time a guesser gains no
 * pace by it: trying the limit's worth after each quiet {@code forget-after} gave as many tries
 * before. Within one {@code forget-after}, pacing the tries to the drain gives up to about twice
 * the limit before the first wait (docs/security.md says how many). At the limit nothing drains
 * until {@code forget-after} passes without a failure, so the waits of a persistent guesser keep
 * doubling.
 */
class SignInGuard {

  private static final int MAX_TRACKED = 100_000;

  /**
   * @param drainedUntil the time up to which failures below the limit have been drained: one whole
   *     failure per {@code forget-after / limit} after it
   */
  private record Failures(int count, Instant last, Instant blockedUntil, Instant drainedUntil) {}

  private final SignInProperties properties;
  private final Clock clock;
  private final Map<String, Failures> byName = new ConcurrentHashMap<>();
  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

  SignInGuard(SignInProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Checks the password with {@code check} unless the name or the address must wait, and counts the
   * outcome.
   *
   * @throws SignInThrottledException when the attempt must wait
   */
  <T> T attempt(String name, String address, Supplier<T> check) {
    refuseIfWaiting(name, address);
    try {
      var result = check.get();
      byName.remove(name);
      return result;
    } catch (RuntimeException failure) {
      var at = clock.instant();
      failed(byName, name, properties.failuresPerName(), at);
      failed(byAddress, address, properties.failuresPerAddress(), at);
      throw failure;
    }
  }

  /**
   * Refuses at once when the name or the address must wait, before anything is queued for them.
   *
   * @throws SignInThrottledException when either must wait
   */
  void refuseIfWaiting(String name, String address) {
    var now = clock.instant();
    refuseIfWaiting(byName.get(name), now, "this user name");
    refuseIfWaiting(byAddress.get(address), now, "this client address");
  }

  private void refuseIfWaiting(Failures failures, Instant now, String who) {
    if (failures != null && failures.blockedUntil().isAfter(now)) {
      throw new SignInThrottledException(
          "Too many wrong passwords for "
              + who
              + "; no password was checked. Try again after the time in Retry-After.",
          Duration.between(now, failures.blockedUntil()));
    }
  }

  private void failed(Map<String, Failures> map, String key, int allowed, Instant at) {
    if (map.size() >= MAX_TRACKED) {
      forgetOld(map, at);
    }
    map.compute(
        key,
        (k, old) -> {
          var kept = kept(old, allowed, at);
          int count = kept == null ? 1 : kept.count() + 1;
          var drainedUntil = kept == null || kept.count() == 0 ? at : kept.drainedUntil();
          var blockedUntil = at;
          if (count >= allowed) {
            blockedUntil = at.plus(backOff(count - allowed));
          }
          return new Failures(count, at, blockedUntil, drainedUntil);
        });
  }

  /**
   * What is left of the failures at {@code now} (a count of zero when all drained), or null when
   * they are forgotten: see the class's comment. Only whole failures drain, one per full share of
   * {@code forget-after} since the anchor, so a burst that reaches the limit within a share is not
   * let off one failure.
   */
  private Failures kept(Failures failures, int allowed, Instant now) {
    var forgetAfter = properties.forgetAfter();
    if (failures == null || failures.last().plus(forgetAfter).isBefore(now)) {
      return null;
    }
    if (failures.count() >= allowed) {
      return failures;
    }
    var share = forgetAfter.dividedBy(allowed);
    if (share.isZero() || share.isNegative()) {
      return null;
    }
    // Never negative, should the clock be set back.
    long drained =
        Math.max(
            0,
            Math.min(
                failures.count(), Duration.between(failures.drainedUntil(), now).dividedBy(share)));
    return new Failures(
        failures.count() - (int) drained,
        failures.last(),
        failures.blockedUntil(),
        failures.drainedUntil().plus(share.multipliedBy(drained)));
  }

  private Duration backOff(int beyond) {
    var wait = properties.firstBackOff().multipliedBy(1L << Math.min(beyond, 30));
    return wait.compareTo(properties.maxBackOff()) > 0 ? properties.maxBackOff() : wait;
  }

  private void forgetOld(Map<String, Failures> map, Instant now) {
    map.values()
        .removeIf(
            failures ->
                !failures.blockedUntil().isAfter(now)
                    && failures.last().plus(properties.forgetAfter()).isBefore(now));
    if (map.size() >= MAX_TRACKED) {
      // Flooded with fresh names: forget the ones not waiting, which costs a guesser a few tries.
      map.values().removeIf(failures -> !failures.blockedUntil().isAfter(now));
    }
  }
}
