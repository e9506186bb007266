package org.competenceatlas.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The bookmarks a request sends are held for every dispatch that serves it. */
class RequestBookmarksTest {

  private static final String BOOKMARK = "FB:kcwQpNyCvl0aS0qqLkexample=";

  @Test
  void theBookmarksAreHeldOnTheAsynchronousDispatchThatServesASlowBody() throws Exception {
    var request = new MockHttpServletRequest("POST", "/graphql");
    request.addHeader(RequestBookmarks.HEADER, BOOKMARK);
    request.setDispatcherType(DispatcherType.ASYNC);
    var seen = new HashSet<Bookmark>();

    new RequestBookmarks.Filter()
        .doFilter(
            request,
            new MockHttpServletResponse(),
            (req, res) -> seen.addAll(RequestBookmarks.current()));

    assertThat(seen).containsExactly(Bookmark.from(BOOKMARK));
    assertThat(RequestBookmarks.current()).isEmpty();
  }

  @Test
  void aMalformedBookmarkIsRefusedWithAMessage() throws Exception {
    var request = new MockHttpServletRequest("POST", "/graphql");
    request.addHeader(RequestBookmarks.HEADER, "not a bookmark!");
    var response = new MockHttpServletResponse();
    Set<Bookmark> reached = new HashSet<>();

    new RequestBookmarks.Filter()
        .doFilter(request, response, (req, res) -> reached.add(Bookmark.from("reached")));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("send back the header's value");
    assertThat(reached).isEmpty();
  }
}
