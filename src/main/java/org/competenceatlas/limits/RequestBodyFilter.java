package org.competenceatlas.limits;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a GraphQL request body larger than the limit with HTTP 413 and a GraphQL-shaped error,
 * before anything parses it. The body is read up to the limit whether or not it declares a length,
 * so a chunked body cannot get around the check. A body that is JSON {@code null} is refused with
 * 400 here too: Spring for GraphQL 2.0 fails on it with a NullPointerException, a 500.
 */
class RequestBodyFilter extends OncePerRequestFilter {

  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final long maxBytes;
  private final JsonMapper json = JsonMapper.builder().build();

  RequestBodyFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      refuse(response, HttpStatus.CONTENT_TOO_LARGE, tooLarge());
      return;
    }
    byte[] body = request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, MAX_ARRAY));
    if (body.length > maxBytes) {
      refuse(response, HttpStatus.CONTENT_TOO_LARGE, tooLarge());
      return;
    }
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
