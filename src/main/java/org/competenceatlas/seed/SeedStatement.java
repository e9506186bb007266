package org.competenceatlas.seed;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A statement of a seed script as it is sent: {@code UNWIND [ …rows… ] AS row …} goes as {@code
 * UNWIND $seedRows AS row …} with the rows as a parameter. Neo4j plans a statement with thousands
 * of literal values many times slower than it runs it (a fresh start spent most of its 13–17 s of
 * seed loading planning), and the files stay plain Cypher that runs as written in Neo4j Browser. A
 * statement whose list holds anything but literals is sent as written.
 */
record SeedStatement(String cypher, Map<String, Object> parameters) {

  static final String ROWS = "seedRows";

  /** Leading comment lines, then UNWIND and the opening bracket of the list. */
  private static final Pattern UNWIND_LIST =
      Pattern.compile("\\A\\s*(?://[^\\n]*\\n\\s*)*UNWIND\\s*(?=\\[)", Pattern.CASE_INSENSITIVE);

  private static final Pattern AS = Pattern.compile("\\A\\s+AS\\s", Pattern.CASE_INSENSITIVE);

  static SeedStatement of(String statement) {
    var unwind = UNWIND_LIST.matcher(statement);
    if (unwind.find()) {
      try {
        var rows = CypherLiteral.read(statement, unwind.end());
        var rest = statement.substring(rows.end());
        if (AS.matcher(rest).find()) {
          return new SeedStatement("UNWIND $" + ROWS + rest, Map.of(ROWS, rows.value()));
        }
      } catch (IllegalArgumentException e) {
        // Not a list of literals: it runs as written.
      }
    }
    return new SeedStatement(statement, Map.of());
  }

  boolean parameterised() {
    return !parameters.isEmpty();
  }
}
