package org.competenceatlas.limits;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a GraphQL request body larger than the limit with HTTP 413 and a GraphQL-shaped error,
 * before anything parses it. A body without a Content-Length (chunked) is read up to the limit, so
 * a client cannot get around the check by leaving the header out.
 */
class RequestSizeFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final JsonMapper json = JsonMapper.builder().build();

  RequestSizeFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      refuse(response);
      return;
    }
    if (declared >= 0) {
      // Tomcat never hands the application more bytes than the declared length.
      chain.doFilter(request, response);
      return;
    }
    byte[] body =
        request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE));
    if (body.length > maxBytes) {
      refuse(response);
      return;
    }
    chain.doFilter(new BufferedBody(request, body), response);
  }

  private void refuse(HttpServletResponse response) throws IOException {
    var error =
        LimitExceeded.REQUEST_TOO_LARGE.error(
            "The request body is larger than "
                + maxBytes
                + " bytes, the most allowed ("
                + GraphQlLimitsProperties.MAX_REQUEST_SIZE
                + "). Send a shorter query with fewer or smaller variables.",
            GraphQlLimitsProperties.MAX_REQUEST_SIZE,
            maxBytes,
            null);
    response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
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
