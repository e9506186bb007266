package org.competenceatlas.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Remembers a successful HTTP Basic sign-in for a few minutes. A deliberately slow password hash
 * (bcrypt, about 50-100 ms of processor time) on every request would make each API call that slow
 * and let a few clients occupy both cores; with the cache only the first request of a session pays
 * it. The cache is keyed by a SHA-256 digest of name and password and keeps neither password nor
 * hash; a changed user list takes effect at restart, when the cache is empty anyway. An entry used
 * in its last minute is checked again in the background when the checks' queue has room, so a
 * session that keeps working does not pay the hash on its request path again. A sign-in the cache
 * does not know passes the {@link SignInGuard} first, unless a check of the same name and password
 * is already under way, so guessing passwords is slowed per name and address, and a person who
 * signed in recently keeps working while someone guesses at their name. Sign-ins with the same name
 * and password that arrive while the first is being checked wait for its result instead of each
 * paying the hash: a frontend that opens a session with a burst of parallel requests otherwise
 * spends a processor-second or more before the cache helps. A wrong password is shared with them,
 * and remembered for a minute, so the same wrong password is refused again without another check
 * and counts once; a refusal for throttling or a dropped check is not shared as an answer, as it
 * may be the first caller's own, and the waiters then share one new check.
 *
 * <p>Checks run on a few threads of their own, and a request waits for its check at most {@code
 * max-check-wait}. On cores busy with other requests one bcrypt check took about a second, and
 * every request of a session waited for it; past the wait the request is told to retry while the
 * check goes on, and a correct password is remembered by then, so the retry signs in at once. A
 * name or address that must wait is refused before anything is queued, and a check that could not
 * start within {@code max-hashing-wait} is dropped, so guessing cannot fill the queue for others. A
 * background check of a remembered sign-in is not dropped, and one that finds the queue full is
 * simply not made: its entry is tried again by the next request.
 */
class CachedPasswordAuthentication implements AuthenticationProvider {

  static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
  static final Duration REFRESH_AFTER = TIME_TO_LIVE.minusMinutes(1);
  private static final int MAX_ENTRIES = 10_000;
  static final Duration WRONG_TIME_TO_LIVE = Duration.ofMinutes(1);
  private static final Duration TIME_PER_CHECK = Duration.ofMillis(100);
  private static final String BAD_CREDENTIALS = "Bad credentials";
  static final String WARM_UP_NAME = "~atlas-sign-in-warm-up";

  private final AuthenticationProvider delegate;
  private final SignInGuard guard;
  private final Duration maxCheckWait;
  private final Duration maxHashingWait;
  private final ThreadPoolExecutor checkers;
  private final Clock clock;
  private final Cache<String, Checked> entries;
  private final Cache<String, Boolean> wrong;
  private final ConcurrentMap<String, CompletableFuture<Authentication>> checking =
      new ConcurrentHashMap<>();

  CachedPasswordAuthentication(
      AuthenticationProvider delegate, Clock clock, SignInProperties properties) {
    this.delegate = delegate;
    this.guard = new SignInGuard(properties, clock);
    this.maxCheckWait = properties.maxCheckWait();
    this.maxHashingWait = properties.maxHashingWait();
    this.checkers = checkers(properties);
    this.clock = clock;
    this.entries = expiring(TIME_TO_LIVE, clock);
    this.wrong = expiring(WRONG_TIME_TO_LIVE, clock);
  }

  private static <V> Cache<String, V> expiring(Duration timeToLive, Clock clock) {
    // The clock, not System.nanoTime, decides expiry, so the tests can move time forward.
    return Caffeine.newBuilder()
        .expireAfterWrite(timeToLive)
        .maximumSize(MAX_ENTRIES)
        .ticker(() -> Duration.between(Instant.EPOCH, clock.instant()).toNanos())
        .build();
  }

  /**
   * As many threads as password checks may run at once, and a queue no longer than they work
   * through in about {@code max-hashing-wait}: a check that would start later than that is refused
   * at once instead.
   */
  private static ThreadPoolExecutor checkers(SignInProperties properties) {
    int threads = properties.checkThreads();
    long perThread =
        Math.max(1, properties.maxHashingWait().toMillis() / TIME_PER_CHECK.toMillis());
    var number = new AtomicInteger();
    var executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>((int) Math.min(10_000, threads * perThread)),
            task -> {
              var thread = new Thread(task, "sign-in-check-" + number.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }

  /**
   * Checks a made-up name and password {@code checks} times on the check pool, in the background,
   * remembering nothing. The first sign-in of a fresh instance took about 220 ms against about 90
   * for later ones, presumably because the JIT had not compiled the hashing code yet, and every
   * first sign-in after a start waits for that one check (docs/reliability.md, "Execution slots").
   *
   * @return when the checks are done
   */
  CompletableFuture<Void> warmUp(int checks) {
    return CompletableFuture.runAsync(
        () -> {
          for (int i = 0; i < checks; i++) {
            try {
              delegate.authenticate(
                  UsernamePasswordAuthenticationToken.unauthenticated(
                      WARM_UP_NAME, UUID.randomUUID().toString()));
            } catch (AuthenticationException expected) {
              // The name is no one's, so the check fails; only its work mattered.
            }
          }
        },
        checkers);
  }

  /** A sign-in whose password was found right at {@code at}. */
  private record Checked(Authentication authentication, Instant at) {}

  @Override
  public Authentication authenticate(Authentication request) {
    // The user list matches names without regard to case, and so do the cache and the guard: a
    // guesser could otherwise change the case of a name to escape its limit.
    var name = request.getName().toLowerCase(Locale.ROOT);
    var key = key(name, String.valueOf(request.getCredentials()));
    var known = entries.getIfPresent(key);
    if (known != null) {
      refreshIfOld(request, key, known);
      return known.authentication();
    }
    if (wrong.getIfPresent(key) != null) {
      throw new BadCredentialsException(BAD_CREDENTIALS);
    }
    var address = address(request);
    long deadline = System.nanoTime() + maxCheckWait.toNanos();
    // Awaiting a check of this very name and password queues nothing, so it is allowed even while
    // the name must wait: the check under way may be its owner's refresh.
    var running = checking.get(key);
    if (running == null) {
      guard.refuseIfWaiting(name, address);
      var mine = new CompletableFuture<Authentication>();
      running = checking.putIfAbsent(key, mine);
      if (running == null) {
        mine.whenComplete((outcome, failure) -> checking.remove(key, mine));
        start(request, name, address, key, mine);
        return await(mine, deadline);
      }
    }
    try {
      return await(running, deadline);
    } catch (SignInThrottledException throttled) {
      if (throttled instanceof SignInPendingException) {
        throw throttled;
      }
      // The check awaited was dropped or refused: the next one is shared again, so a burst with the
      // same password queues one check, not one per request.
      guard.refuseIfWaiting(name, address);
      var own = new CompletableFuture<Authentication>();
      var shared =
          checking.compute(key, (k, other) -> other == null || other.isDone() ? own : other);
      if (shared != own) {
        return await(shared, deadline);
      }
      own.whenComplete((outcome, failure) -> checking.remove(key, own));
      start(request, name, address, key, own);
      return await(own, deadline);
    }
  }

  private void start(
      Authentication request,
      String name,
      String address,
      String key,
      CompletableFuture<Authentication> into) {
    long queued = System.nanoTime();
    try {
      checkers.execute(
          () -> {
            try {
              if (System.nanoTime() - queued > maxHashingWait.toNanos()) {
                throw busy();
              }
              // A check that ended after this request's look-up has filled the cache, or refused.
              if (wrong.getIfPresent(key) != null) {
                throw new BadCredentialsException(BAD_CREDENTIALS);
              }
              var finished = entries.getIfPresent(key);
              into.complete(
                  finished != null
                      ? finished.authentication()
                      : check(request, name, address, key));
            } catch (Throwable e) {
              into.completeExceptionally(e);
            }
          });
    } catch (RejectedExecutionException full) {
      into.completeExceptionally(busy());
    } catch (Throwable e) {
      into.completeExceptionally(e);
      throw e;
    }
  }

  private static SignInThrottledException busy() {
    return new SignInThrottledException(
        "Too many sign-ins are being checked at the moment; try again shortly.",
        Duration.ofSeconds(1));
  }

  private static Authentication await(CompletableFuture<Authentication> check, long deadline) {
    try {
      return check.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new SignInPendingException(Duration.ofSeconds(1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SignInPendingException(Duration.ofSeconds(1));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private Authentication check(Authentication request, String name, String address, String key) {
    try {
      var authentication = guard.attempt(name, address, () -> delegate.authenticate(request));
      remember(key, authentication);
      return authentication;
    } catch (BadCredentialsException refused) {
      // Only a verdict on the password is remembered; a failure of the user store is not.
      wrong.put(key, Boolean.TRUE);
      throw refused;
    }
  }

  private void remember(String key, Authentication authentication) {
    if (authentication != null && authentication.isAuthenticated()) {
      if (authentication instanceof CredentialsContainer container) {
        // The entry may wait minutes for its next request; it keeps neither password nor hash.
        container.eraseCredentials();
      }
      entries.put(key, new Checked(authentication, clock.instant()));
    } else {
      entries.invalidate(key);
    }
  }

  /**
   * Checks a remembered sign-in again in the background in its last minute, with the password of
   * the request that used it, so a client that keeps working does not wait for a check when its
   * entry expires. The password was right minutes ago, so the guard's waits for wrong guesses do
   * not apply: a guesser at the name cannot stop its owner this way either. Only a refused password
   * ends the entry; a busy queue or a failing user store leaves it to expire.
   */
  private void refreshIfOld(Authentication request, String key, Checked known) {
    if (known.at().plus(REFRESH_AFTER).isAfter(clock.instant())) {
      return;
    }
    var refresh = new CompletableFuture<Authentication>();
    if (checking.putIfAbsent(key, refresh) != null) {
      return;
    }
    refresh.whenComplete((outcome, failure) -> checking.remove(key, refresh));
    if (entries.getIfPresent(key) != known) {
      // Another refresh ended between this request's look-up and now; a waiter checks on its own.
      refresh.completeExceptionally(busy());
      return;
    }
    // A copy of its own, as the request's token goes on with the request.
    var again =
        UsernamePasswordAuthenticationToken.unauthenticated(
            request.getName(), request.getCredentials());
    again.setDetails(request.getDetails());
    try {
      checkers.execute(
          () -> {
            try {
              var authentication = delegate.authenticate(again);
              remember(key, authentication);
              refresh.complete(authentication);
            } catch (BadCredentialsException refused) {
              entries.invalidate(key);
              wrong.put(key, Boolean.TRUE);
              refresh.completeExceptionally(refused);
            } catch (Throwable e) {
              refresh.completeExceptionally(e);
            }
          });
    } catch (RejectedExecutionException full) {
      refresh.completeExceptionally(busy());
    } catch (Throwable e) {
      refresh.completeExceptionally(e);
    }
  }

  private static String address(Authentication request) {
    return request.getDetails() instanceof WebAuthenticationDetails details
        ? String.valueOf(details.getRemoteAddress())
        : "unknown";
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private static String key(String name, String password) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      digest.update(name.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(password.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
