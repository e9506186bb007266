package org.competenceatlas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import tools.jackson.databind.json.JsonMapper;

class CachedPasswordAuthenticationTest {

  private final AtomicInteger checks = new AtomicInteger();
  private final AuthenticationProvider slowHash =
      new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication request) {
          checks.incrementAndGet();
          if (!"right".equals(request.getCredentials())) {
            throw new BadCredentialsException("wrong password");
          }
          return UsernamePasswordAuthenticationToken.authenticated(
              request.getName(), null, List.of(new SimpleGrantedAuthority("ROLE_ADVISER")));
        }

        @Override
        public boolean supports(Class<?> authentication) {
          return true;
        }
      };

  @Test
  void aRepeatedSignInSkipsTheSlowHashUntilTheEntryExpires() {
    var clock = new MutableClock();
    var cached = new CachedPasswordAuthentication(slowHash, clock, SignInGuardTest.defaults());

    cached.authenticate(request("ella", "right"));
    cached.authenticate(request("ella", "right"));
    assertThat(checks).hasValue(1);

    clock.now = clock.now.plus(CachedPasswordAuthentication.TIME_TO_LIVE).plusSeconds(1);
    assertThat(cached.authenticate(request("ella", "right")).getName()).isEqualTo("ella");
    assertThat(checks).hasValue(2);
  }

  @Test
  void theWarmUpChecksAMadeUpNameOnTheCheckPoolAndRemembersNothing() throws Exception {
    var names = new ConcurrentLinkedQueue<String>();
    AuthenticationProvider recording =
        new AuthenticationProvider() {
          @Override
          public Authentication authenticate(Authentication request) {
            names.add(request.getName() + "@" + Thread.currentThread().getName());
            return slowHash.authenticate(request);
          }

          @Override
          public boolean supports(Class<?> authentication) {
            return true;
          }
        };
    // A name is held back after three failures here, so counted warm-up checks would show.
    var threeFailures = SignInGuardTest.failuresPerName(3);
    var cached = new CachedPasswordAuthentication(recording, new MutableClock(), threeFailures);

    cached.warmUp(3).get(30, TimeUnit.SECONDS);

    assertThat(names)
        .hasSize(3)
        .allMatch(
            name -> name.startsWith(CachedPasswordAuthentication.WARM_UP_NAME + "@sign-in-check-"));
    // The warm-up's failures were not counted against the name: it is checked, not held back.
    assertThatThrownBy(
            () -> cached.authenticate(request(CachedPasswordAuthentication.WARM_UP_NAME, "x")))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(names).hasSize(4);
  }

  @Test
  void theSameWrongPasswordIsRefusedFromMemoryForAMinuteAndThenCheckedAgain() {
    var clock = new MutableClock();
    var cached = new CachedPasswordAuthentication(slowHash, clock, SignInGuardTest.defaults());
    cached.authenticate(request("ella", "right"));

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> cached.authenticate(request("ella", "wrong")))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThat(checks).hasValue(2);

    clock.now = clock.now.plus(CachedPasswordAuthentication.WRONG_TIME_TO_LIVE).plusSeconds(1);
    assertThatThrownBy(() -> cached.authenticate(request("ella", "wrong")))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(checks).hasValue(3);
  }

  @Test
  void someoneGuessingAtANameDoesNotStopItsOwnerWhoSignedInRecently() {
    var clock = new MutableClock();
    var cached = new CachedPasswordAuthentication(slowHash, clock, SignInGuardTest.defaults());
    cached.authenticate(request("ella", "right"));

    for (int i = 0; i < 10; i++) {
      var guess = "guess-" + i;
      assertThatThrownBy(() -> cached.authenticate(request("ella", guess)))
          .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
    assertThatThrownBy(() -> cached.authenticate(request("ella", "guess-10")))
        .isInstanceOf(SignInThrottledException.class);

    assertThat(cached.authenticate(request("ella", "right")).getName()).isEqualTo("ella");
  }

  @Test
  void aSignInInUseIsCheckedAgainInTheBackgroundSoItsOwnerNeverWaitsForItToExpire()
      throws Exception {
    var clock = new MutableClock();
    var start = clock.now;
    var hold = new AtomicReference<>(new CountDownLatch(0));
    var entered = new Semaphore(0);
    var cached =
        new CachedPasswordAuthentication(
            checkingAfter(
                null,
                () -> {
                  entered.release();
                  hold.get().await(10, TimeUnit.SECONDS);
                }),
            clock,
            checkingOn(2, Duration.ofSeconds(2)));
    cached.authenticate(request("ella", "right"));
    entered.drainPermits();

    var release = new CountDownLatch(1);
    hold.set(release);
    clock.now = start.plus(CachedPasswordAuthentication.REFRESH_AFTER).plusSeconds(1);
    // Answered from memory while the second check is held.
    assertThat(cached.authenticate(request("ella", "right")).getName()).isEqualTo("ella");
    assertThat(cached.authenticate(request("ella", "right")).getName()).isEqualTo("ella");
    assertThat(entered.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
    // One check for both requests, though a second thread is free.
    assertThat(entered.tryAcquire(200, TimeUnit.MILLISECONDS)).isFalse();
    release.countDown();
    awaitChecks(2);

    hold.set(new CountDownLatch(1));
    clock.now = start.plus(CachedPasswordAuthentication.TIME_TO_LIVE).plusSeconds(1);
    // Past the first entry's expiry, with checks held: only the refreshed entry can answer.
    assertThat(cached.authenticate(request("ella", "right")).getName()).isEqualTo("ella");
    hold.get().countDown();
  }

  @Test
  void someoneGuessingAtANameDoesNotStopItsOwnersBackgroundCheck() throws Exception {
    var clock = new MutableClock();
    var start = clock.now;
    var hold = new AtomicReference<>(new CountDownLatch(0));
    var cached =
        new CachedPasswordAuthentication(
            checkingAfter(null, () -> hold.get().await(10, TimeUnit.SECONDS)),
            clock,
            waitingAtMost(Duration.ofSeconds(2)));
    cached.authenticate(request("ella", "right"));

    clock.now = start.plus(CachedPasswordAuthentication.REFRESH_AFTER).plusSeconds(1);
    for (int i = 0; i < 5; i++) {
      var guess = "guess-" + i;
      assertThatThrownBy(() -> cached.authenticate(request("ella", guess)))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThatThrownBy(() -> cached.authenticate(request("ella", "guess-5")))
        .isExactlyInstanceOf(SignInThrottledException.class);
    assertThat(cached.authenticate(request("ella", "right")).getName()).isEqualTo("ella");
    awaitChecks(7);

    hold.set(new CountDownLatch(1));
    clock.now = start.plus(CachedPasswordAuthentication.TIME_TO_LIVE).plusSeconds(1);
    assertThat(cached.authenticate(request("ella", "right")).getName()).isEqualTo("ella");
    hold.get().countDown();
  }

  @Test
  void anOwnerWhoseEntryExpiredWaitsForItsRunningBackgroundCheckWhileAGuesserHoldsTheName()
      throws Exception {
    var clock = new MutableClock();
    var start = clock.now;
    var hold = new AtomicReference<>(new CountDownLatch(0));
    var d = SignInGuardTest.defaults();
    // One wrong password makes the name wait ten minutes.
    var oneFailureBlocks =
        new SignInProperties(
            1,
            d.failuresPerAddress(),
            Duration.ofMinutes(10),
            Duration.ofMinutes(10),
            d.forgetAfter(),
            1,
            Duration.ofSeconds(10),
            Duration.ofMillis(200));
    var cached =
        new CachedPasswordAuthentication(
            checkingAfter("ella", () -> hold.get().await(20, TimeUnit.SECONDS)),
            clock,
            oneFailureBlocks);
    retriedUntilAnswered(() -> cached.authenticate(request("ella", "right")));
    clock.now = start.plus(CachedPasswordAuthentication.REFRESH_AFTER).plusSeconds(1);
    assertThatThrownBy(
            () -> retriedUntilAnswered(() -> cached.authenticate(request("ella", "guess"))))
        .isInstanceOf(BadCredentialsException.class);

    var release = new CountDownLatch(1);
    hold.set(release);
    assertThat(cached.authenticate(request("ella", "right")).getName()).isEqualTo("ella");
    clock.now = start.plus(CachedPasswordAuthentication.TIME_TO_LIVE).plusSeconds(1);
    // Told to retry while the held check goes on, not refused for the guesser's failure.
    assertThatThrownBy(() -> cached.authenticate(request("ella", "right")))
        .isExactlyInstanceOf(SignInPendingException.class);
    release.countDown();

    assertThat(retriedUntilAnswered(() -> cached.authenticate(request("ella", "right"))).getName())
        .isEqualTo("ella");
    assertThatThrownBy(() -> cached.authenticate(request("ella", "another guess")))
        .isExactlyInstanceOf(SignInThrottledException.class);
  }

  @Test
  void aGuesserCannotEscapeTheLimitOfANameByChangingItsCase() {
    var cached =
        new CachedPasswordAuthentication(slowHash, new MutableClock(), SignInGuardTest.defaults());
    var spellings = List.of("ella", "Ella", "ELLA", "eLLa", "elLA");
    for (int i = 0; i < spellings.size(); i++) {
      var guess = "guess-" + i;
      var name = spellings.get(i);
      assertThatThrownBy(() -> cached.authenticate(request(name, guess)))
          .isInstanceOf(BadCredentialsException.class);
    }

    assertThatThrownBy(() -> cached.authenticate(request("ElLa", "guess-5")))
        .isExactlyInstanceOf(SignInThrottledException.class);
    assertThat(checks).hasValue(5);
  }

  @Test
  void aBackgroundCheckThatNoLongerAcceptsThePasswordEndsTheRememberedSignIn() throws Exception {
    var clock = new MutableClock();
    var accepting = new AtomicBoolean(true);
    var cached =
        new CachedPasswordAuthentication(
            new AuthenticationProvider() {
              @Override
              public Authentication authenticate(Authentication request) {
                return slowHash.authenticate(
                    accepting.get()
                        ? request
                        : UsernamePasswordAuthenticationToken.unauthenticated(
                            request.getName(), "changed"));
              }

              @Override
              public boolean supports(Class<?> authentication) {
                return true;
              }
            },
            clock,
            SignInGuardTest.defaults());
    cached.authenticate(request("ella", "right"));

    accepting.set(false);
    clock.now = clock.now.plus(CachedPasswordAuthentication.REFRESH_AFTER).plusSeconds(1);
    assertThat(cached.authenticate(request("ella", "right")).getName()).isEqualTo("ella");
    awaitChecks(2);

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (true) {
      try {
        cached.authenticate(request("ella", "right"));
      } catch (BadCredentialsException refused) {
        break;
      }
      assertThat(System.nanoTime()).as("the refused check ends the sign-in").isLessThan(deadline);
      Thread.sleep(10);
    }
    assertThat(checks).hasValue(2);
  }

  @Test
  void passwordChecksRunNoMoreAtOnceThanAllowed() throws Exception {
    var release = new CountDownLatch(1);
    var running = new AtomicInteger();
    var most = new AtomicInteger();
    var started = new Semaphore(0);
    var cached =
        new CachedPasswordAuthentication(
            checkingAfter(
                null,
                () -> {
                  most.accumulateAndGet(running.incrementAndGet(), Math::max);
                  started.release();
                  try {
                    release.await(10, TimeUnit.SECONDS);
                  } finally {
                    running.decrementAndGet();
                  }
                }),
            new MutableClock(),
            checkingOn(2, Duration.ofMillis(50)));
    var names = List.of("ella", "sanne", "fatima", "joris");
    for (var name : names) {
      assertThatThrownBy(() -> cached.authenticate(request(name, "right")))
          .isInstanceOf(SignInPendingException.class);
    }

    assertThat(started.tryAcquire(2, 10, TimeUnit.SECONDS)).isTrue();
    // A third check, were it allowed, would have started long before this.
    assertThat(started.tryAcquire(200, TimeUnit.MILLISECONDS)).isFalse();
    release.countDown();
    for (var name : names) {
      assertThat(retriedUntilAnswered(() -> cached.authenticate(request(name, "right"))).getName())
          .isEqualTo(name);
    }
    assertThat(most).hasValue(2);
    assertThat(checks).hasValue(4);
  }

  @Test
  void aNameThatMustWaitIsRefusedAtOnceRatherThanQueuedBehindOthersChecks() throws Exception {
    var release = new CountDownLatch(1);
    var cached =
        new CachedPasswordAuthentication(
            heldFor("ella", release), new MutableClock(), waitingAtMost(Duration.ofMillis(50)));
    for (int i = 0; i < 5; i++) {
      var guess = "guess-" + i;
      assertThatThrownBy(
              () -> retriedUntilAnswered(() -> cached.authenticate(request("mallory", guess))))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThatThrownBy(() -> cached.authenticate(request("ella", "right")))
        .isInstanceOf(SignInPendingException.class);
    int before = checks.get();

    assertThatThrownBy(() -> cached.authenticate(request("mallory", "guess-5")))
        .isExactlyInstanceOf(SignInThrottledException.class);
    // Counted before Ella's check is let go, which then counts itself.
    assertThat(checks).hasValue(before);
    release.countDown();
  }

  @Test
  void aCheckThatCouldNotStartInTimeIsDroppedAndTheRetryChecksAfresh() throws Exception {
    var release = new CountDownLatch(1);
    var d = SignInGuardTest.defaults();
    var cached =
        new CachedPasswordAuthentication(
            heldFor("ella", release),
            new MutableClock(),
            new SignInProperties(
                d.failuresPerName(),
                d.failuresPerAddress(),
                d.firstBackOff(),
                d.maxBackOff(),
                d.forgetAfter(),
                1,
                Duration.ofMillis(100),
                Duration.ofMillis(50)));
    assertThatThrownBy(() -> cached.authenticate(request("ella", "right")))
        .isInstanceOf(SignInPendingException.class);
    assertThatThrownBy(() -> cached.authenticate(request("sanne", "right")))
        .isInstanceOf(SignInPendingException.class);
    Thread.sleep(200);
    release.countDown();

    // A busy machine may drop a retry's check too; Sanne has no failures, so any refusal is that.
    assertThat(retriedWhileBusy(() -> cached.authenticate(request("sanne", "right"))).getName())
        .isEqualTo("sanne");
    // Ella's check and Sanne's second one: her first waited too long to start and never ran.
    assertThat(checks).hasValue(2);
  }

  @Test
  void signInsThatArriveTogetherWithTheSamePasswordPayOneSlowHash() throws Exception {
    var clock = new MutableClock();
    var arrived = new CountDownLatch(8);
    // Long enough for all eight to arrive while the first is still hashing.
    var slowerHash =
        checkingAfter(
            null,
            () -> {
              arrived.await(10, TimeUnit.SECONDS);
              Thread.sleep(50);
            });
    var cached = new CachedPasswordAuthentication(slowerHash, clock, SignInGuardTest.defaults());
    var threads = Executors.newFixedThreadPool(8);
    try {
      var signIns = new ArrayList<Future<Authentication>>();
      for (int i = 0; i < 8; i++) {
        signIns.add(
            threads.submit(
                () -> {
                  arrived.countDown();
                  return cached.authenticate(request("ella", "right"));
                }));
      }
      for (var signIn : signIns) {
        assertThat(signIn.get(20, TimeUnit.SECONDS).getName()).isEqualTo("ella");
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(checks).hasValue(1);
  }

  @Test
  void aSignInWhoseCheckOutlastsTheWaitIsToldToRetryAndTheRetrySignsInWithoutASecondCheck()
      throws Exception {
    var release = new CountDownLatch(1);
    var cached =
        new CachedPasswordAuthentication(
            held(release), new MutableClock(), waitingAtMost(Duration.ofMillis(50)));

    assertThatThrownBy(() -> cached.authenticate(request("ella", "right")))
        .isInstanceOf(SignInPendingException.class);
    assertThatThrownBy(() -> cached.authenticate(request("ella", "right")))
        .isInstanceOf(SignInPendingException.class);
    release.countDown();

    assertThat(retriedUntilAnswered(() -> cached.authenticate(request("ella", "right"))).getName())
        .isEqualTo("ella");
    assertThat(checks).hasValue(1);
  }

  @Test
  void aWrongPasswordWhoseCheckOutlastsTheWaitIsRefusedOnTheRetryWithoutASecondCheck()
      throws Exception {
    var release = new CountDownLatch(1);
    var cached =
        new CachedPasswordAuthentication(
            held(release), new MutableClock(), waitingAtMost(Duration.ofMillis(50)));

    assertThatThrownBy(() -> cached.authenticate(request("ella", "wrong")))
        .isInstanceOf(SignInPendingException.class);
    release.countDown();

    assertThatThrownBy(
            () -> retriedUntilAnswered(() -> cached.authenticate(request("ella", "wrong"))))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(checks).hasValue(1);
  }

  @Test
  void aRefusedAnswerNamesTheBusyServerAndWhenToRetry() throws Exception {
    var response = new MockHttpServletResponse();

    new SignInEntryPoint()
        .commence(
            new MockHttpServletRequest(), response, new SignInPendingException(Duration.ZERO));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("1");
    var error =
        JsonMapper.builder().build().readTree(response.getContentAsString()).at("/errors/0");
    assertThat(error.at("/extensions/classification").asString()).isEqualTo("UNAVAILABLE");
    assertThat(error.at("/extensions/retryable").asBoolean()).isTrue();
    assertThat(error.at("/message").asString()).contains("Send the same request again");
  }

  /** Waits, without sleeping through it, until the slow hash has run {@code count} times. */
  private void awaitChecks(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (checks.get() < count) {
      assertThat(System.nanoTime()).as("%d checks", count).isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  /** A password check that does not end before the latch is released. */
  private AuthenticationProvider held(CountDownLatch release) {
    return heldFor(null, release);
  }

  /** A password check that, for the name (or any when null), waits for the latch. */
  private AuthenticationProvider heldFor(String name, CountDownLatch release) {
    return checkingAfter(name, () -> release.await(10, TimeUnit.SECONDS));
  }

  private interface Pause {
    void run() throws InterruptedException;
  }

  /** The slow hash, after the pause for the name (or any when null). */
  private AuthenticationProvider checkingAfter(String name, Pause pause) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication request) {
        if (name == null || name.equals(request.getName())) {
          try {
            pause.run();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return slowHash.authenticate(request);
      }

      @Override
      public boolean supports(Class<?> authentication) {
        return true;
      }
    };
  }

  /** Sends the sign-in again after any refusal to wait, until it is answered. */
  private static Authentication retriedWhileBusy(Supplier<Authentication> signIn)
      throws InterruptedException {
    return retriedAfter(SignInThrottledException.class, signIn);
  }

  /** Sends the sign-in again, as a client that honours Retry-After would, until it is answered. */
  private static Authentication retriedUntilAnswered(Supplier<Authentication> signIn)
      throws InterruptedException {
    return retriedAfter(SignInPendingException.class, signIn);
  }

  private static Authentication retriedAfter(
      Class<? extends SignInThrottledException> refusal, Supplier<Authentication> signIn)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (true) {
      try {
        return signIn.get();
      } catch (SignInThrottledException refused) {
        if (!refusal.isInstance(refused) || System.nanoTime() > deadline) {
          throw refused;
        }
        Thread.sleep(10);
      }
    }
  }

  /** Checks on {@code threads} threads, a check waiting up to 10 s to start. */
  private static SignInProperties checkingOn(int threads, Duration maxCheckWait) {
    var d = SignInGuardTest.defaults();
    return new SignInProperties(
        d.failuresPerName(),
        d.failuresPerAddress(),
        d.firstBackOff(),
        d.maxBackOff(),
        d.forgetAfter(),
        threads,
        Duration.ofSeconds(10),
        maxCheckWait);
  }

  private static SignInProperties waitingAtMost(Duration wait) {
    var d = SignInGuardTest.defaults();
    return new SignInProperties(
        d.failuresPerName(),
        d.failuresPerAddress(),
        d.firstBackOff(),
        d.maxBackOff(),
        d.forgetAfter(),
        d.maxConcurrentHashing(),
        d.maxHashingWait(),
        wait);
  }

  private static UsernamePasswordAuthenticationToken request(String name, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
  }

  private static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
