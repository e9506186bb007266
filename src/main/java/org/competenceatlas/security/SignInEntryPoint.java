package org.competenceatlas.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * Answers a failed HTTP Basic sign-in: 429 with {@code Retry-After} when it was not attempted
 * because of earlier failures or busy password checks, 503 with {@code Retry-After} when its check
 * is still running, 401 otherwise: with the usual challenge, except to a script that says it is
 * one.
 */
class SignInEntryPoint implements AuthenticationEntryPoint {

  private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();

  SignInEntryPoint() {
    basic.setRealmName("Realm");
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    if (failure instanceof SignInThrottledException throttled) {
      boolean pending = failure instanceof SignInPendingException;
      response.setStatus(
          pending ? HttpStatus.SERVICE_UNAVAILABLE.value() : HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "{\"errors\":[{\"message\":\""
                  + throttled.getMessage().replace("\"", "'")
                  + "\",\"extensions\":{\"classification\":\""
                  + (pending ? "UNAVAILABLE" : "TOO_MANY_REQUESTS")
                  + "\",\"retryable\":true,\"retryAfterSeconds\":"
                  + throttled.retryAfterSeconds()
                  + "}}]}");
      return;
    }
    if ("XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
      // A script's request: a challenge would open the browser's own sign-in dialog over the page
      // (and hold the request while it is open), as Spring Security's default entry point knows.
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      return;
    }
    basic.commence(request, response, failure);
  }
}
