package org.competenceatlas.limits;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GraphQL request body without holding a request thread while the client sends it, then
 * hands the whole body on. A client that sends slowly, or stops half-way, thus occupies a
 * connection but none of Tomcat's threads, and is cut off with HTTP 408 after {@code body-timeout}
 * (docs/reliability.md, "Abuse"). A body larger than the limit is refused with HTTP 413 and a
 * GraphQL-shaped error before anything parses it, whether or not it declares a length, so a chunked
 * body cannot get around the check. A body that is JSON {@code null} is refused with 400 here too:
 * Spring for GraphQL 2.0 fails on it with a NullPointerException, a 500.
 */
class RequestBodyFilter extends OncePerRequestFilter {

  private static final String BODY = RequestBodyFilter.class.getName() + ".body";

  private final long maxBytes;
  private final Duration bodyTimeout;
  private final Duration idleTimeout;
  private final JsonMapper json = JsonMapper.builder().build();

  /**
   * @param idleTimeout how long the container lets a connection send nothing ({@code
   *     server.tomcat.connection-timeout}); a body that pauses longer is cut off with 408 as well
   */
  RequestBodyFilter(long maxBytes, Duration bodyTimeout, Duration idleTimeout) {
    this.maxBytes = maxBytes;
    this.bodyTimeout = bodyTimeout;
    this.idleTimeout = idleTimeout;
  }

  /** The request comes back here once its body is read, on the container's async dispatch. */
  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getAttribute(BODY) instanceof byte[] body) {
      request.removeAttribute(BODY);
      handOn(request, response, chain, body);
      return;
    }
    if (request.getDispatcherType() != DispatcherType.REQUEST || !request.isAsyncSupported()) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() > maxBytes) {
      refuse(response, HttpStatus.CONTENT_TOO_LARGE, tooLarge());
      return;
    }
    var arrived = alreadyArrived(request);
    if (arrived.length == request.getContentLengthLong()) {
      handOn(request, response, chain, arrived);
      return;
    }
    var async = request.startAsync(request, response);
    async.setTimeout(bodyTimeout.toMillis());
    var reader = new BodyReader(request, async, arrived);
    async.addListener(reader);
    request.getInputStream().setReadListener(reader);
  }

  /**
   * The part of a body of declared length that the container holds already, read without waiting
   * for the client. Most requests arrive whole with their headers; they then need neither the
   * asynchronous read nor the second pass through every filter that its dispatch costs (about a
   * tenth of the processor time of a small request, docs/benchmarks.md). A body that has not
   * arrived whole continues asynchronously from where this stopped.
   */
  private static byte[] alreadyArrived(HttpServletRequest request) throws IOException {
    long length = request.getContentLengthLong();
    if (length <= 0) {
      return new byte[0];
    }
    var in = request.getInputStream();
    var body = new byte[(int) length];
    int filled = 0;
    // In blocking mode available() reports only bytes in the container's buffer, which read() then
    // returns without waiting on the socket.
    while (filled < length && in.available() > 0) {
      int read = in.read(body, filled, (int) length - filled);
      if (read < 0) {
        break;
      }
      filled += read;
    }
    return filled == length ? body : Arrays.copyOf(body, filled);
  }

  /** Collects the body as it arrives, on whichever thread the container calls it. */
  private final class BodyReader implements ReadListener, AsyncListener {

    private final HttpServletRequest request;
    private final AsyncContext async;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final byte[] chunk = new byte[8192];
    private final AtomicBoolean done = new AtomicBoolean();

    BodyReader(HttpServletRequest request, AsyncContext async, byte[] arrived) {
      this.request = request;
      this.async = async;
      body.writeBytes(arrived);
    }

    @Override
    public void onDataAvailable() throws IOException {
      var in = request.getInputStream();
      while (in.isReady() && !in.isFinished()) {
        int read = in.read(chunk);
        if (read < 0) {
          return;
        }
        body.write(chunk, 0, read);
        if (body.size() > maxBytes) {
          finish(
              () -> {
                refuse(
                    (HttpServletResponse) async.getResponse(),
                    HttpStatus.CONTENT_TOO_LARGE,
                    tooLarge());
                async.complete();
              });
          return;
        }
      }
    }

    @Override
    public void onAllDataRead() {
      finish(
          () -> {
            request.setAttribute(BODY, body.toByteArray());
            async.dispatch();
          });
    }

    /**
     * The container's read failed. When the client sent nothing for the connection's idle timeout
     * (which Tomcat applies to each read, and which may come before {@code body-timeout}), it is
     * told so with 408; completed without an answer, the container would send a bare 500.
     */
    @Override
    public void onError(Throwable failure) {
      if (!(failure instanceof SocketTimeoutException)) {
        finish(async::complete);
        return;
      }
      late(
          "The client sent nothing of the request body for "
              + idleTimeout.toMillis()
              + " ms, the most allowed between two parts (server.tomcat.connection-timeout).",
          "server.tomcat.connection-timeout",
          idleTimeout);
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      late(
          "The request body did not arrive within "
              + bodyTimeout.toMillis()
              + " ms, the most allowed ("
              + GraphQlLimitsProperties.BODY_TIMEOUT
              + ").",
          GraphQlLimitsProperties.BODY_TIMEOUT,
          bodyTimeout);
    }

    private void late(String message, String property, Duration limit) {
      finish(
          () -> {
            var response = (HttpServletResponse) async.getResponse();
            response.setHeader("Connection", "close");
            refuse(
                response,
                HttpStatus.REQUEST_TIMEOUT,
                LimitExceeded.TIMEOUT.error(message, property, limit.toString(), null));
            async.complete();
          });
    }

    @Override
    public void onComplete(AsyncEvent event) {}

    @Override
    public void onError(AsyncEvent event) {
      finish(async::complete);
    }

    @Override
    public void onStartAsync(AsyncEvent event) {}

    /** Ends the read once, however many of the container's callbacks arrive. */
    private void finish(IoAction action) {
      if (done.compareAndSet(false, true)) {
        try {
          action.run();
        } catch (IOException | RuntimeException e) {
          async.complete();
        }
      }
    }
  }

  @FunctionalInterface
  private interface IoAction {
    void run() throws IOException;
  }

  private void handOn(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain, byte[] body)
      throws ServletException, IOException {
    if (new String(body, StandardCharsets.UTF_8).strip().equals("null")) {
      refuse(
          response,
          HttpStatus.BAD_REQUEST,
          GraphqlErrorBuilder.newError()
              .errorType(ErrorType.BAD_REQUEST)
              .message("The request body must be a JSON object with a 'query' member; got null.")
              .build());
      return;
    }
    chain.doFilter(new BufferedBody(request, body), response);
  }

  private GraphQLError tooLarge() {
    return LimitExceeded.REQUEST_TOO_LARGE.error(
        "The request body is larger than "
            + maxBytes
            + " bytes, the most allowed ("
            + GraphQlLimitsProperties.MAX_REQUEST_SIZE
            + "). Send a shorter query with fewer or smaller variables.",
        GraphQlLimitsProperties.MAX_REQUEST_SIZE,
        maxBytes,
        null);
  }

  private void refuse(HttpServletResponse response, HttpStatus status, GraphQLError error)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), Map.of("errors", List.of(error.toSpecification())));
  }

  private static final class BufferedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      var in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      var charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(new ByteArrayInputStream(body), Charset.forName(charset)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
