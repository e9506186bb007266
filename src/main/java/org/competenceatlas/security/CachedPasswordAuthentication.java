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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Remembers a successful HTTP Basic sign-in for a few minutes. A deliberately slow password hash
 * (bcrypt, about 50-100 ms of processor time) on every request would make each API call that slow
 * and let a few clients occupy both cores; with the cache only the first request of a session pays
 * it. The cache holds a SHA-256 digest of name and password, never the password, and a changed user
 * list takes effect at restart, when the cache is empty anyway. A sign-in the cache does not know
 * passes the {@link SignInGuard} first, so guessing passwords is slowed per name and address, and a
 * person who signed in recently keeps working while someone guesses at their name. Sign-ins with
 * the same name and password that arrive while the first is being checked wait for its result
 * instead of each paying the hash: a frontend that opens a session with a burst of parallel
 * requests otherwise spends a processor-second or more before the cache helps. A failure is not
 * shared, as it may be the first caller's own throttling; each waiter then checks on its own.
 */
class CachedPasswordAuthentication implements AuthenticationProvider {

  static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
  private static final int MAX_ENTRIES = 10_000;

  private final AuthenticationProvider delegate;
  private final SignInGuard guard;
  private final Cache<String, Authentication> entries;
  private final ConcurrentMap<String, CompletableFuture<Authentication>> checking =
      new ConcurrentHashMap<>();

  CachedPasswordAuthentication(AuthenticationProvider delegate, Clock clock, SignInGuard guard) {
    this.delegate = delegate;
    this.guard = guard;
    // The clock, not System.nanoTime, decides expiry, so the tests can move time forward.
    this.entries =
        Caffeine.newBuilder()
            .expireAfterWrite(TIME_TO_LIVE)
            .maximumSize(MAX_ENTRIES)
            .ticker(() -> Duration.between(Instant.EPOCH, clock.instant()).toNanos())
            .build();
  }

  @Override
  public Authentication authenticate(Authentication request) {
    var key = key(request.getName(), String.valueOf(request.getCredentials()));
    var known = entries.getIfPresent(key);
    if (known != null) {
      return known;
    }
    var mine = new CompletableFuture<Authentication>();
    var running = checking.putIfAbsent(key, mine);
    if (running != null) {
      var shared = outcome(running);
      if (shared != null && shared.isAuthenticated()) {
        return shared;
      }
      return check(request, key);
    }
    try {
      // A check that finished between the look-up above and putIfAbsent has filled the cache.
      var finished = entries.getIfPresent(key);
      var authentication = finished != null ? finished : check(request, key);
      mine.complete(authentication);
      return authentication;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      checking.remove(key, mine);
    }
  }

  private Authentication check(Authentication request, String key) {
    var address =
        request.getDetails() instanceof WebAuthenticationDetails details
            ? String.valueOf(details.getRemoteAddress())
            : "unknown";
    var authentication =
        guard.attempt(request.getName(), address, () -> delegate.authenticate(request));
    if (authentication != null && authentication.isAuthenticated()) {
      entries.put(key, authentication);
    }
    return authentication;
  }

  private static Authentication outcome(CompletableFuture<Authentication> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      return null;
    }
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
