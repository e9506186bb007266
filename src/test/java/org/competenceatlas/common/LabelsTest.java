package org.competenceatlas.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelsTest {

  private final Labels labels =
      Labels.fromProperties(
          Map.of(
              "id", "x",
              "prefLabel_en", "nurse",
              "prefLabel_nl", "verpleegkundige",
              "altLabels_en", List.of("registered nurse"),
              "description_de", "Pflegefachkraft"));

  @Test
  void givesTheLabelInTheAskedLanguage() {
    assertThat(labels.preferred("nl")).isEqualTo("verpleegkundige");
  }

  @Test
  void fallsBackToEnglishWhenTheLanguageIsMissing() {
    assertThat(labels.preferred("fr")).isEqualTo("nurse");
    assertThat(labels.alternative("nl")).containsExactly("registered nurse");
  }

  @Test
  void fallsBackToAnyLanguageWhenEnglishIsMissingToo() {
    assertThat(labels.description("fr")).isEqualTo("Pflegefachkraft");
  }
}
