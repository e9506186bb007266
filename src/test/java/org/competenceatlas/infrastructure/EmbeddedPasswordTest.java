package org.competenceatlas.infrastructure;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmbeddedPasswordTest {

  @Test
  void thePublishedDevelopmentPasswordIsRefusedOutsideTheDevProfile() {
    assertThatThrownBy(
            () ->
                EmbeddedNeo4jConfiguration.checkPassword(
                    EmbeddedNeo4jConfiguration.DEVELOPMENT_PASSWORD, false))
        .hasMessageContaining("only the dev profile may use");
    assertThatCode(
            () ->
                EmbeddedNeo4jConfiguration.checkPassword(
                    EmbeddedNeo4jConfiguration.DEVELOPMENT_PASSWORD, true))
        .doesNotThrowAnyException();
  }

  @Test
  void aMissingOrShortPasswordIsRefusedEverywhere() {
    for (var password : new String[] {null, "", "short"}) {
      assertThatThrownBy(() -> EmbeddedNeo4jConfiguration.checkPassword(password, true))
          .hasMessageContaining("at least 8 characters");
    }
    assertThatCode(() -> EmbeddedNeo4jConfiguration.checkPassword("a-password-of-mine", false))
        .doesNotThrowAnyException();
  }
}
