package org.competenceatlas.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CypherScriptTest {

  @Test
  void splitsAtSemicolonsAtTheEndOfStatements() {
    var statements = CypherScript.statements("CREATE (:A);\nCREATE (:B)\n;\n\nMATCH (n) RETURN n");

    assertThat(statements).containsExactly("CREATE (:A)", "CREATE (:B)", "MATCH (n) RETURN n");
  }

  @Test
  void keepsSemicolonsInsideStringsAndQuotedNames() {
    var statements =
        CypherScript.statements(
            "CREATE (:A {t: 'one; two', u: \"it\\\"s; fine\"});\nMATCH (`odd;name`) RETURN 1;");

    assertThat(statements)
        .containsExactly(
            "CREATE (:A {t: 'one; two', u: \"it\\\"s; fine\"})", "MATCH (`odd;name`) RETURN 1");
  }

  @Test
  void dropsCommentsAndEmptyStatements() {
    var statements =
        CypherScript.statements(
            "// a comment; with a semicolon\n/* block; comment */\nRETURN 1; // trailing\n;\n");

    assertThat(statements).containsExactly("RETURN 1");
  }

  @Test
  void refusesAnUnclosedString() {
    assertThatThrownBy(() -> CypherScript.statements("CREATE (:A {t: 'open});"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unclosed");
  }
}
