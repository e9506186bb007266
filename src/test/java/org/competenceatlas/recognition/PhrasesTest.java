package org.competenceatlas.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhrasesTest {

  @Test
  void aStoryOfSeveralSentencesYieldsOnePhrasePerSentence() {
    var phrases =
        Phrases.split("I looked after my grandmother. I sorted her pills every week! Was it hard?");

    assertThat(phrases)
        .extracting(Phrases.Phrase::text)
        .containsExactly(
            "I looked after my grandmother", "I sorted her pills every week", "Was it hard");
  }

  @Test
  void aSentenceListingSeveralDoingsIsSplitIntoThem() {
    var phrases =
        Phrases.split(
            "I sorted her pills every week, went with her to the doctor and kept a calendar of"
                + " her appointments.");

    assertThat(phrases)
        .extracting(Phrases.Phrase::text)
        .containsExactly(
            "I sorted her pills every week",
            "went with her to the doctor",
            "kept a calendar of her appointments");
  }

  @Test
  void shortListItemsStayWithTheDoingTheyBelongTo() {
    var phrases = Phrases.split("I replace chains, brakes and tyres and sell the bikes online.");

    assertThat(phrases)
        .extracting(Phrases.Phrase::text)
        .containsExactly("I replace chains, brakes and tyres", "sell the bikes online");
  }

  @Test
  void eachPhraseKnowsWhereItStandsInTheText() {
    var text = "First line of work\n\nthen I cooked for forty guests.";

    for (var phrase : Phrases.split(text)) {
      assertThat(text.substring(phrase.start(), phrase.end())).isEqualTo(phrase.text());
    }
    assertThat(Phrases.split(text)).hasSize(2);
  }

  @Test
  void signsWithoutWordsMakeNoPhrase() {
    assertThat(Phrases.split("... !!! ;")).isEmpty();
  }
}
