package org.competenceatlas.infrastructure;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Cypher script into statements at each {@code ;} that stands outside a string, a quoted
 * name or a comment.
 */
public final class CypherScript {

  private CypherScript() {}

  public static List<String> statements(String script) {
    var statements = new ArrayList<String>();
    var current = new StringBuilder();
    boolean hasCode = false;
    int i = 0;
    while (i < script.length()) {
      char c = script.charAt(i);
      char next = i + 1 < script.length() ? script.charAt(i + 1) : '\0';
      if (c == '/' && next == '/') {
        int end = script.indexOf('\n', i);
        i = end < 0 ? script.length() : end;
        continue;
      }
      if (c == '/' && next == '*') {
        int end = script.indexOf("*/", i + 2);
        i = end < 0 ? script.length() : end + 2;
        continue;
      }
      if (c == '\'' || c == '"' || c == '`') {
        int end = closingQuote(script, i);
        current.append(script, i, end);
        hasCode = true;
        i = end;
        continue;
      }
      if (c == ';') {
        if (hasCode) {
          statements.add(current.toString().strip());
        }
        current.setLength(0);
        hasCode = false;
        i++;
        continue;
      }
      current.append(c);
      hasCode |= !Character.isWhitespace(c);
      i++;
    }
    if (hasCode) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  /** Index just past the quote that closes the one at {@code start}; backslash escapes count. */
  private static int closingQuote(String script, int start) {
    char quote = script.charAt(start);
    int i = start + 1;
    while (i < script.length()) {
      char c = script.charAt(i);
      if (c == '\\' && quote != '`') {
        i += 2;
        continue;
      }
      if (c == quote) {
        return i + 1;
      }
      i++;
    }
    throw new IllegalArgumentException(
        "Unclosed " + quote + " starting at character " + start + " of a Cypher script");
  }
}
