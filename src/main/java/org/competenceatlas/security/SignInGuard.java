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
 * <p>Below the limit, failures drain away at the limit's pace (the limit per {@code forget-after}):
 * otherwise an office behind one address, whose people mistype a password now and then, would
 * collect failures all day and be made to wait. A guesser gains nothing by it: a burst up to the
 * limit after a quiet {@code forget-after} gave the same pace before. At the limit nothing drains
 * until {@code forget-after} passes without a failure, so the waits of a persistent guesser keep
 * doubling.
 */
class SignInGuard {

  private static final int MAX_TRACKED = 100_000;

  private record Failures(double count, Instant last, Instant blockedUntil) {}

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
          double count = remembered(old, allowed, at) + 1;
          var blockedUntil = at;
          if (count >= allowed) {
            blockedUntil = at.plus(backOff((int) count - allowed));
          }
          return new Failures(count, at, blockedUntil);
        });
  }

  /** The failures still counted at {@code now}: see the class's comment. */
  private double remembered(Failures failures, int allowed, Instant now) {
    var forgetAfter = properties.forgetAfter();
    if (failures == null
        || forgetAfter.isZero()
        || forgetAfter.isNegative()
        || failures.last().plus(forgetAfter).isBefore(now)) {
      return 0;
    }
    if (failures.count() >= allowed) {
      return failures.count();
    }
    double drained =
        allowed * Duration.between(failures.last(), now).toNanos() / (double) forgetAfter.toNanos();
    return Math.max(0, failures.count() - drained);
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
