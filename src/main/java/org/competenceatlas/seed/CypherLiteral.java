package org.competenceatlas.seed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads one Cypher literal (list, map, string, number, boolean, null, or {@code date('…')} and
 * {@code datetime('…')} with an offset) from a statement, into the Java values the driver sends as
 * parameters. Anything else, such as a variable or another function, is refused with {@link
 * IllegalArgumentException}, and the statement then runs as written.
 */
final class CypherLiteral {

  private final String text;
  private int at;

  private CypherLiteral(String text, int start) {
    this.text = text;
    this.at = start;
  }

  /** The literal that starts at {@code start}, and where the text after it begins. */
  record Read(Object value, int end) {}

  static Read read(String text, int start) {
    var reader = new CypherLiteral(text, start);
    var value = reader.value();
    return new Read(value, reader.at);
  }

  private Object value() {
    skipBlanks();
    char c = peek();
    if (c == '[') {
      return list();
    }
    if (c == '{') {
      return map();
    }
    if (c == '\'' || c == '"') {
      return string();
    }
    if (c == '-' || Character.isDigit(c)) {
      return number();
    }
    var word = identifier();
    switch (word.toLowerCase(Locale.ROOT)) {
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      case "null":
        return null;
      case "date":
        return temporal(LocalDate::parse);
      case "datetime":
        return temporal(OffsetDateTime::parse);
      default:
        throw refused("a literal, not '" + word + "'");
    }
  }

  private List<Object> list() {
    at++;
    var values = new ArrayList<Object>();
    skipBlanks();
    if (peek() == ']') {
      at++;
      return values;
    }
    while (true) {
      values.add(value());
      if (separator(']')) {
        return values;
      }
    }
  }

  private Map<String, Object> map() {
    at++;
    var values = new LinkedHashMap<String, Object>();
    skipBlanks();
    if (peek() == '}') {
      at++;
      return values;
    }
    while (true) {
      skipBlanks();
      var key = peek() == '`' ? quotedName() : identifier();
      skipBlanks();
      expect(':');
      values.put(key, value());
      if (separator('}')) {
        return values;
      }
    }
  }

  /** After an element: true at the closing bracket, false at a comma. */
  private boolean separator(char close) {
    skipBlanks();
    char c = peek();
    at++;
    if (c == close) {
      return true;
    }
    if (c != ',') {
      throw refused("',' or '" + close + "'");
    }
    return false;
  }

  private String string() {
    char quote = text.charAt(at++);
    var value = new StringBuilder();
    while (true) {
      char c = next();
      if (c == quote) {
        return value.toString();
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      char escaped = next();
      switch (escaped) {
        case '\\', '\'', '"' -> value.append(escaped);
        case 'n' -> value.append('\n');
        case 't' -> value.append('\t');
        case 'r' -> value.append('\r');
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw refused("four hex digits");
          }
          value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> throw refused("a known escape, not \\" + escaped);
      }
    }
  }

  private Object number() {
    int start = at;
    if (peek() == '-') {
      at++;
    }
    boolean decimal = false;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '.' || c == 'e' || c == 'E') {
        decimal = true;
      } else if (!Character.isDigit(c) && !((c == '-' || c == '+') && decimal)) {
        break;
      }
      at++;
    }
    var digits = text.substring(start, at);
    try {
      return decimal ? (Object) Double.parseDouble(digits) : (Object) Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw refused("a number, not '" + digits + "'");
    }
  }

  private Object temporal(Function<String, Object> parse) {
    skipBlanks();
    expect('(');
    skipBlanks();
    char c = peek();
    if (c != '\'' && c != '"') {
      throw refused("a quoted date or time");
    }
    var value = string();
    skipBlanks();
    expect(')');
    try {
      return parse.apply(value);
    } catch (DateTimeParseException e) {
      throw refused("a date or a date-time with an offset, not '" + value + "'");
    }
  }

  private String identifier() {
    int start = at;
    while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
      at++;
    }
    if (start == at) {
      throw refused("a value");
    }
    return text.substring(start, at);
  }

  private String quotedName() {
    at++;
    int end = text.indexOf('`', at);
    if (end < 0) {
      throw refused("a closing backtick");
    }
    var name = text.substring(at, end);
    at = end + 1;
    return name;
  }

  private void skipBlanks() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (Character.isWhitespace(c)) {
        at++;
      } else if (text.startsWith("//", at)) {
        int end = text.indexOf('\n', at);
        at = end < 0 ? text.length() : end + 1;
      } else if (text.startsWith("/*", at)) {
        int end = text.indexOf("*/", at + 2);
        if (end < 0) {
          throw refused("the end of a comment");
        }
        at = end + 2;
      } else {
        return;
      }
    }
  }

  private void expect(char c) {
    if (next() != c) {
      throw refused("'" + c + "'");
    }
  }

  private char peek() {
    if (at >= text.length()) {
      throw refused("more text");
    }
    return text.charAt(at);
  }

  private char next() {
    char c = peek();
    at++;
    return c;
  }

  private IllegalArgumentException refused(String expected) {
    return new IllegalArgumentException("Expected " + expected + " at offset " + at);
  }
}
