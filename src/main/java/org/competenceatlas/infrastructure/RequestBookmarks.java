package org.competenceatlas.infrastructure;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.neo4j.driver.Bookmark;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import reactor.core.publisher.Mono;

/**
 * Causal consistency across application instances. Each instance's bookmark manager makes its own
 * transactions wait for its own earlier writes, but knows nothing of another instance's. So every
 * GraphQL answer carries, in the {@value #HEADER} header, the bookmarks of the newest transactions
 * this instance knows, and a request that sends them back, to this or any other instance, runs its
 * transactions only once the database member that serves them has caught up with those. On a single
 * Neo4j server every member is the primary and nothing waits; in a cluster, where reads go to
 * secondaries that apply the primary's log a little later, this is what keeps a learner from
 * missing the change they just made.
 */
public final class RequestBookmarks {

  /** The response and request header. */
  public static final String HEADER = "Atlas-Bookmark";

  static final int MOST_BOOKMARKS = 16;
  static final int LONGEST_BOOKMARK = 512;
  // Neo4j's bookmarks are opaque text in a URL-safe alphabet (base64 with a short prefix).
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9:+/=_.-]+");
  private static final ThreadLocal<Set<Bookmark>> CURRENT = new ThreadLocal<>();

  private RequestBookmarks() {}

  /** The bookmarks the request being served sent; empty outside a request. */
  static Set<Bookmark> current() {
    var bookmarks = CURRENT.get();
    return bookmarks == null ? Set.of() : bookmarks;
  }

  /**
   * Parses the header's values: bookmarks separated by commas, in one or several header lines.
   *
   * @throws IllegalArgumentException for anything that cannot be a bookmark
   */
  static Set<Bookmark> parse(Collection<String> headerValues) {
    var bookmarks = new LinkedHashSet<Bookmark>();
    for (var line : headerValues) {
      for (var value : line.split(",")) {
        var text = value.strip();
        if (text.isEmpty()) {
          continue;
        }
        if (text.length() > LONGEST_BOOKMARK || !VALID.matcher(text).matches()) {
          throw new IllegalArgumentException(
              "The "
                  + HEADER
                  + " header holds something that is not a bookmark this service sent;"
                  + " send back the header's value exactly as it was received.");
        }
        bookmarks.add(Bookmark.from(text));
      }
    }
    if (bookmarks.size() > MOST_BOOKMARKS) {
      throw new IllegalArgumentException(
          "The " + HEADER + " header holds more than " + MOST_BOOKMARKS + " bookmarks.");
    }
    return Collections.unmodifiableSet(bookmarks);
  }

  static String format(Collection<Bookmark> bookmarks) {
    return bookmarks.stream().map(Bookmark::value).sorted().collect(Collectors.joining(","));
  }

  /** Holds the request's bookmarks for the transactions it runs; refuses malformed ones. */
  static final class Filter extends OncePerRequestFilter {

    /**
     * A body that arrives slowly is read first and the request served on a later, asynchronous
     * dispatch on another thread: the bookmarks must be held there too.
     */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
      return false;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      var values = Collections.list(request.getHeaders(HEADER));
      if (values.isEmpty()) {
        chain.doFilter(request, response);
        return;
      }
      Set<Bookmark> bookmarks;
      try {
        bookmarks = parse(values);
      } catch (IllegalArgumentException e) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.getWriter().write(e.getMessage());
        return;
      }
      CURRENT.set(bookmarks);
      try {
        chain.doFilter(request, response);
      } finally {
        CURRENT.remove();
      }
    }
  }

  /** Puts this instance's newest bookmarks on every GraphQL answer. */
  static final class ResponseHeader implements WebGraphQlInterceptor {

    private final Neo4jBookmarkManager bookmarks;

    ResponseHeader(Neo4jBookmarkManager bookmarks) {
      this.bookmarks = bookmarks;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
      return chain
          .next(request)
          .doOnNext(
              response -> {
                var newest = bookmarks.getBookmarks();
                if (!newest.isEmpty()) {
                  response.getResponseHeaders().set(HEADER, format(newest));
                }
              });
    }
  }
}
