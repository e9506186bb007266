package org.competenceatlas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;

class SignInGuardTest {

  private final MutableClock clock = new MutableClock();
  private final AtomicInteger checks = new AtomicInteger();

  static SignInProperties defaults() {
    return failuresPerName(5);
  }

  /** The defaults, but a name is held back after {@code failures} wrong passwords. */
  static SignInProperties failuresPerName(int failures) {
    return new SignInProperties(
        failures,
        20,
        Duration.ofSeconds(1),
        Duration.ofMinutes(5),
        Duration.ofMinutes(15),
        1,
        Duration.ofSeconds(2),
        Duration.ofSeconds(30));
  }

  @Test
  void afterFiveWrongPasswordsForANameItsNextAttemptWaitsAndNoPasswordIsChecked() {
    var guard = new SignInGuard(defaults(), clock);
    for (int i = 0; i < 5; i++) {
      var address = "10.0.0." + i;
      assertThatThrownBy(() -> guard.attempt("ella", address, this::wrong))
          .isInstanceOf(BadCredentialsException.class);
    }

    assertThatThrownBy(() -> guard.attempt("ella", "10.0.0.99", this::right))
        .isInstanceOfSatisfying(
            SignInThrottledException.class,
            throttled -> assertThat(throttled.retryAfterSeconds()).isEqualTo(1));
    assertThat(checks).hasValue(5);
    assertThat(guard.attempt("sanne", "10.0.0.99", this::right)).isEqualTo("signed in");
  }

  @Test
  void eachFurtherFailureDoublesTheWaitUpToTheMost() {
    var guard = new SignInGuard(defaults(), clock);
    var waits = new java.util.ArrayList<Long>();
    for (int i = 0; i < 16; i++) {
      assertThatThrownBy(() -> guard.attempt("ella", "10.0.0.1", this::wrong))
          .isInstanceOf(BadCredentialsException.class);
      if (i >= 4) {
        long wait = waitFor(guard, "ella");
        waits.add(wait);
        clock.now = clock.now.plusSeconds(wait);
      }
    }

    assertThat(waits).startsWith(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 300L, 300L);
  }

  @Test
  void manyNamesFromOneAddressMakeThatAddressWait() {
    var guard = new SignInGuard(defaults(), clock);
    for (int i = 0; i < 20; i++) {
      int name = i;
      assertThatThrownBy(() -> guard.attempt("name-" + name, "192.0.2.7", this::wrong))
          .isInstanceOf(BadCredentialsException.class);
    }

    assertThatThrownBy(() -> guard.attempt("ella", "192.0.2.7", this::right))
        .isInstanceOf(SignInThrottledException.class);
    assertThat(guard.attempt("ella", "192.0.2.8", this::right)).isEqualTo("signed in");
  }

  @Test
  void aSuccessClearsTheNamesFailuresAndOldFailuresAreForgotten() {
    var guard = new SignInGuard(defaults(), clock);
    fail(guard, "ella", "10.0.0.1", 4);
    guard.attempt("ella", "10.0.0.1", this::right);
    fail(guard, "ella", "10.0.0.1", 4);
    clock.now = clock.now.plus(Duration.ofMinutes(16));

    assertThatThrownBy(() -> guard.attempt("ella", "10.0.0.1", this::wrong))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(guard.attempt("ella", "10.0.0.1", this::right)).isEqualTo("signed in");
  }

  @Test
  void anOfficeWhosePeopleMistypeEveryTenMinutesIsNeverMadeToWait() {
    var guard = new SignInGuard(defaults(), clock);
    for (int i = 0; i < 60; i++) {
      int person = i % 7;
      clock.now = clock.now.plus(Duration.ofMinutes(10));
      assertThatThrownBy(() -> guard.attempt("person-" + person, "192.0.2.50", this::wrong))
          .isInstanceOf(BadCredentialsException.class);
    }

    // Right after the day's last mistype, a colleague signs in at once.
    assertThat(guard.attempt("person-1", "192.0.2.50", this::right)).isEqualTo("signed in");
    assertThat(checks).hasValue(61);
  }

  @Test
  void belowTheLimitOneFailureDrainsForEachFifthOfForgetAfter() {
    var guard = new SignInGuard(defaults(), clock);
    fail(guard, "ella", "10.0.0.1", 4);
    // Five per fifteen minutes: three minutes take one failure away.
    clock.now = clock.now.plus(Duration.ofMinutes(3));
    assertThatThrownBy(() -> guard.attempt("ella", "10.0.0.1", this::wrong))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(guard.attempt("ella", "10.0.0.1", this::right)).isEqualTo("signed in");

    fail(guard, "ella", "10.0.0.1", 4);
    // The share counts from the first of the four, 3 ms before the last: this is 1 ms short of it.
    clock.now = clock.now.plus(Duration.ofMinutes(3).minusMillis(4));
    assertThatThrownBy(() -> guard.attempt("ella", "10.0.0.1", this::wrong))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(waitFor(guard, "ella")).isEqualTo(1);
  }

  @Test
  void aBurstSpreadOverMillisecondsStillWaitsAfterFiveFailures() {
    var guard = new SignInGuard(defaults(), clock);
    fail(guard, "ella", "10.0.0.1", 5);

    assertThat(waitFor(guard, "ella")).isEqualTo(1);
  }

  @Test
  void aDrainIsCountedOnceSoABurstRightAfterItStillWaits() {
    var guard = new SignInGuard(defaults(), clock);
    fail(guard, "ella", "10.0.0.1", 4);
    clock.now = clock.now.plus(Duration.ofMinutes(3));
    fail(guard, "ella", "10.0.0.1", 2);

    assertThat(waitFor(guard, "ella")).isEqualTo(1);
  }

  @Test
  void afterEverythingDrainedTheNextFailuresStartTheirOwnShares() {
    var guard = new SignInGuard(defaults(), clock);
    fail(guard, "ella", "10.0.0.1", 1);
    clock.now = clock.now.plus(Duration.ofMinutes(14));
    fail(guard, "ella", "10.0.0.1", 5);

    assertThat(waitFor(guard, "ella")).isEqualTo(1);
  }

  @Test
  void atTheLimitOnlyAQuietForgetAfterStartsTheCountAgain() {
    var guard = new SignInGuard(defaults(), clock);
    fail(guard, "ella", "10.0.0.1", 5);
    // The next failure comes exactly fifteen minutes after the last (fail adds a millisecond).
    clock.now = clock.now.plus(Duration.ofMinutes(15)).minusMillis(1);
    fail(guard, "ella", "10.0.0.1", 1);
    assertThat(waitFor(guard, "ella")).isEqualTo(2);

    clock.now = clock.now.plus(Duration.ofMinutes(15)).plusMillis(1);
    fail(guard, "ella", "10.0.0.1", 1);
    assertThat(guard.attempt("ella", "10.0.0.2", this::right)).isEqualTo("signed in");
  }

  @Test
  void anAddressDrainsOneFailureEveryFortyFiveSeconds() {
    var guard = new SignInGuard(defaults(), clock);
    for (int i = 0; i < 19; i++) {
      fail(guard, "name-" + i, "192.0.2.9", 1);
    }
    clock.now = clock.now.plusSeconds(45);
    fail(guard, "name-19", "192.0.2.9", 1);
    assertThat(guard.attempt("sanne", "192.0.2.9", this::right)).isEqualTo("signed in");

    fail(guard, "name-20", "192.0.2.9", 1);
    assertThatThrownBy(() -> guard.attempt("sanne", "192.0.2.9", this::right))
        .isInstanceOf(SignInThrottledException.class);
  }

  /** {@code times} wrong passwords, a millisecond apart, each answered as a wrong password. */
  private void fail(SignInGuard guard, String name, String address, int times) {
    for (int i = 0; i < times; i++) {
      clock.now = clock.now.plusMillis(1);
      assertThatThrownBy(() -> guard.attempt(name, address, this::wrong))
          .isInstanceOf(BadCredentialsException.class);
    }
  }

  /** The wait the guard asks of the name now; no password is checked to learn it. */
  private long waitFor(SignInGuard guard, String name) {
    int before = checks.get();
    try {
      guard.attempt(name, "10.0.0.200", this::right);
    } catch (SignInThrottledException throttled) {
      assertThat(checks).hasValue(before);
      return throttled.retryAfterSeconds();
    }
    throw new AssertionError("the name was not made to wait");
  }

  private String right() {
    checks.incrementAndGet();
    return "signed in";
  }

  private String wrong() {
    checks.incrementAndGet();
    throw new BadCredentialsException("wrong password");
  }

  private static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
