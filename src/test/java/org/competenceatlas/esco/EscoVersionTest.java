package org.competenceatlas.esco;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscoVersionTest {

  @Test
  void readsTheVersionFromTheUsualFolderNames() {
    assertThat(EscoVersion.fromFolderName("esco-1.2.0")).contains("1.2.0");
    assertThat(EscoVersion.fromFolderName("v1.2.0")).contains("1.2.0");
    assertThat(EscoVersion.fromFolderName("ESCO_v1.1.1")).contains("1.1.1");
    assertThat(EscoVersion.fromFolderName("esco-mini")).isEmpty();
    assertThat(EscoVersion.fromFolderName("latest")).isEmpty();
  }

  @Test
  void ordersVersionsByTheirNumbers() {
    assertThat(EscoVersion.compare("1.10.0", "1.2.0")).isPositive();
    assertThat(EscoVersion.compare("1.2", "1.2.0")).isZero();
    assertThat(EscoVersion.compare("1.1.1", "1.2.0")).isNegative();
    assertThat(EscoVersion.isValid("1.2.0")).isTrue();
    assertThat(EscoVersion.isValid("1.2.0-rc1")).isFalse();
  }
}
