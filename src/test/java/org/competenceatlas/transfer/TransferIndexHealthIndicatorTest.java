package org.competenceatlas.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class TransferIndexHealthIndicatorTest {

  private final TaxonomySnapshots snapshots = mock(TaxonomySnapshots.class);
  private final TransferWarmUp warmUp = mock(TransferWarmUp.class);
  private final TransferIndexHealthIndicator indicator =
      new TransferIndexHealthIndicator(snapshots, warmUp);

  @Test
  void isOutOfServiceWhileTheWarmUpStillBuildsTheIndex() {
    when(snapshots.warmsUp()).thenReturn(true);
    when(snapshots.built()).thenReturn(false);

    var health = indicator.health();

    assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    assertThat(health.getDetails()).containsEntry("reason", "The transfer index is being built");
  }

  @Test
  void staysOutOfServiceWhileTheWarmUpRequestsAreAnswered() {
    when(snapshots.warmsUp()).thenReturn(true);
    when(snapshots.built()).thenReturn(true);
    when(warmUp.answered()).thenReturn(false);

    var health = indicator.health();

    assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    assertThat(health.getDetails()).containsEntry("reason", "Answering the warm-up requests");
  }

  @Test
  void isUpOnceTheIndexIsBuiltAndTheWarmUpAnswered() {
    when(snapshots.warmsUp()).thenReturn(true);
    when(snapshots.built()).thenReturn(true);
    when(warmUp.answered()).thenReturn(true);

    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void doesNotWaitForAnIndexNobodyBuildsBeforeTheFirstRequest() {
    when(snapshots.warmsUp()).thenReturn(false);
    when(snapshots.built()).thenReturn(false);

    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
  }
}
