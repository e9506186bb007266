package org.competenceatlas.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The window a client asks for with {@code first} and {@code after}. Cursors are opaque to clients;
 * here they encode the offset into a ranked result.
 */
public record PageRequest(int offset, int size) {

  public static final int MAX_PAGE_SIZE = 100;
  private static final String PREFIX = "offset:";

  public static PageRequest of(Integer first, String after) {
    int size = first == null ? 20 : first;
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInputException(
          "first", "first must be between 1 and " + MAX_PAGE_SIZE + "; got " + size);
    }
    return new PageRequest(after == null ? 0 : decode(after) + 1, size);
  }

  public static String cursor(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int decode(String cursor) {
    try {
      var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(PREFIX)) {
        int offset = Integer.parseInt(text.substring(PREFIX.length()));
        // The page starts after the cursor's offset: the largest int would overflow to negative.
        if (offset >= 0 && offset < Integer.MAX_VALUE) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below; NumberFormatException is an IllegalArgumentException
    }
    throw new InvalidInputException(
        "after",
        "after must be a cursor returned by this API (an edge's cursor or pageInfo.endCursor)");
  }

  /** Fetch one more than asked, to know whether a next page exists. */
  public int probeSize() {
    return size + 1;
  }
}
