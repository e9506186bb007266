package org.competenceatlas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

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
    var cached = new CachedPasswordAuthentication(slowHash, clock, guard(clock));

    cached.authenticate(request("ella", "right"));
    cached.authenticate(request("ella", "right"));
    assertThat(checks).hasValue(1);

    clock.now = clock.now.plus(CachedPasswordAuthentication.TIME_TO_LIVE).plusSeconds(1);
    assertThat(cached.authenticate(request("ella", "right")).getName()).isEqualTo("ella");
    assertThat(checks).hasValue(2);
  }

  @Test
  void aWrongPasswordIsCheckedEveryTimeAndNeverRemembered() {
    var clock = new MutableClock();
    var cached = new CachedPasswordAuthentication(slowHash, clock, guard(clock));
    cached.authenticate(request("ella", "right"));

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> cached.authenticate(request("ella", "wrong")))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThat(checks).hasValue(3);
  }

  @Test
  void someoneGuessingAtANameDoesNotStopItsOwnerWhoSignedInRecently() {
    var clock = new MutableClock();
    var cached = new CachedPasswordAuthentication(slowHash, clock, guard(clock));
    cached.authenticate(request("ella", "right"));

    for (int i = 0; i < 10; i++) {
      assertThatThrownBy(() -> cached.authenticate(request("ella", "guess")))
          .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    assertThat(cached.authenticate(request("ella", "right")).getName()).isEqualTo("ella");
  }

  @Test
  void signInsThatArriveTogetherWithTheSamePasswordPayOneSlowHash() throws Exception {
    var clock = new MutableClock();
    var arrived = new CountDownLatch(8);
    AuthenticationProvider slowerHash =
        new AuthenticationProvider() {
          @Override
          public Authentication authenticate(Authentication request) {
            try {
              // Long enough for all eight to arrive while the first is still hashing.
              arrived.await(10, TimeUnit.SECONDS);
              Thread.sleep(50);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return slowHash.authenticate(request);
          }

          @Override
          public boolean supports(Class<?> authentication) {
            return true;
          }
        };
    var cached = new CachedPasswordAuthentication(slowerHash, clock, guard(clock));
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

  private static SignInGuard guard(Clock clock) {
    return new SignInGuard(SignInGuardTest.defaults(), clock);
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
