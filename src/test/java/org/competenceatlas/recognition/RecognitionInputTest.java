package org.competenceatlas.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.competenceatlas.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecognitionInputTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\t", "... !!!"})
  void aTextWithoutWordsIsRefused(String text) {
    assertThatThrownBy(() -> RecognitionService.text(text))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).argument())
        .isEqualTo("text");
  }

  @Test
  void aTextOverTheLimitIsRefusedWithItsLength() {
    var text = "word ".repeat(RecognitionParameters.MAX_TEXT_LENGTH / 5 + 1);

    assertThatThrownBy(() -> RecognitionService.text(text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("4,000");
  }

  @Test
  void aControlCharacterIsRefusedWithItsPosition() {
    assertThatThrownBy(() -> RecognitionService.text("I cooked\u0007 meals"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("U+0007")
        .hasMessageContaining("position 9");
  }

  @Test
  void lineBreaksAndTabsAreWordsApartNotControlCharacters() {
    assertThat(RecognitionService.text("  I cooked.\r\n\tI cleaned.  "))
        .isEqualTo("I cooked.\r\n\tI cleaned.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xx", "EN", "english", "zz"})
  void aLanguageEscoDoesNotPublishIsRefused(String language) {
    assertThatThrownBy(() -> RecognitionService.language(language))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Unknown language");
  }

  @Test
  void firstOutsideOneToFiftyIsRefusedAndMissingMeansTen() {
    assertThat(RecognitionService.first(null)).isEqualTo(10);
    assertThatThrownBy(() -> RecognitionService.first(0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> RecognitionService.first(51))
        .isInstanceOf(InvalidInputException.class);
  }
}
