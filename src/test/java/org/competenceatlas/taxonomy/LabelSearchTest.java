package org.competenceatlas.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.competenceatlas.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class LabelSearchTest {

  @Test
  void requiresEveryWordAsWholeWordOrPrefixInTheAskedLanguageWithEnglishFallback() {
    var query = LabelSearch.luceneQuery("Hotel receptionist", "nl");

    assertThat(query)
        .isEqualTo(
            "prefLabel_nl:(+(hotel^2 OR hotel*) +(receptionist^2 OR receptionist*))^4"
                + " OR altLabels_nl:(+(hotel^2 OR hotel*) +(receptionist^2 OR receptionist*))^2"
                + " OR prefLabel_en:(+(hotel^2 OR hotel*) +(receptionist^2 OR receptionist*))^1.5"
                + " OR altLabels_en:(+(hotel^2 OR hotel*) +(receptionist^2 OR receptionist*))");
  }

  @Test
  void keepsOnlyLettersAndDigitsSoNoQuerySyntaxGetsThrough() {
    var query = LabelSearch.luceneQuery("nurse\") OR *:* AND prefLabel_en:[a TO z]~", "en");

    assertThat(query).doesNotContain("\"", "*:*", "[", "~", "_en:[");
    assertThat(query)
        .contains("+(nurse^2 OR nurse*)", "+(preflabel^2 OR preflabel*)", "+(or^2 OR or*)");
  }

  @Test
  void refusesTextWithoutLettersOrDigits() {
    assertThatThrownBy(() -> LabelSearch.luceneQuery("*** ;;", "en"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least one letter or digit");
  }

  @Test
  void refusesOverlongText() {
    assertThatThrownBy(() -> LabelSearch.luceneQuery("a".repeat(201), "en"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at most 200 characters");
  }
}
