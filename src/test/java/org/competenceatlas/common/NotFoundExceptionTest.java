package org.competenceatlas.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotFoundExceptionTest {

  @Test
  void namesAMistypedEscoOccupationIdInFull() {
    var id = "http://data.europa.eu/esco/occupation/f20d3ae6-baeb-482c-b68d-c2fb115e5ddX";

    var message = new NotFoundException("occupation", id).getMessage();

    assertThat(message)
        .isEqualTo("No occupation has the id '" + id + "'. Check the id, or search for it.");
  }

  @Test
  void cutsAnIdLongerThanAnyConceptUriShort() {
    var id = "x".repeat(300);

    var message = new NotFoundException("occupation", id).getMessage();

    assertThat(message)
        .contains("'" + "x".repeat(Abbreviate.MAX) + "…'")
        .doesNotContain("x".repeat(Abbreviate.MAX + 1));
  }
}
