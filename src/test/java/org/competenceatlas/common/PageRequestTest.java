package org.competenceatlas.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void continuesAfterTheCursorOfTheLastEdge() {
    var page = PageRequest.of(10, PageRequest.cursor(9));

    assertThat(page.offset()).isEqualTo(10);
    assertThat(page.size()).isEqualTo(10);
  }

  @Test
  void refusesPageSizesOutsideTheLimit() {
    assertThatThrownBy(() -> PageRequest.of(101, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("between 1 and 100");
    assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void refusesCursorsItDidNotIssue() {
    assertThatThrownBy(() -> PageRequest.of(5, "bm90LWEtY3Vyc29y"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cursor returned by this API");
    assertThatThrownBy(() -> PageRequest.of(5, "%%%")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void refusesAForgedCursorAtTheLargestOffsetRatherThanOverflowing() {
    var forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(("offset:" + Integer.MAX_VALUE).getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> PageRequest.of(5, forged))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cursor returned by this API");
    assertThat(PageRequest.of(5, PageRequest.cursor(Integer.MAX_VALUE - 1)).offset())
        .isEqualTo(Integer.MAX_VALUE);
  }
}
