package org.competenceatlas.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;
import tools.jackson.databind.json.JsonMapper;

class GraphValuesTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void everyPropertyTypeSurvivesTheTripThroughAJsonLine() {
    var values =
        List.<Object>of(
            "text with \"quotes\" and ünïcode",
            true,
            42L,
            Long.MAX_VALUE,
            1.0,
            0.1,
            1.0e300,
            Double.NaN,
            Double.NEGATIVE_INFINITY,
            LocalDate.of(2024, 5, 1),
            ZonedDateTime.of(2024, 4, 2, 9, 15, 0, 0, ZoneOffset.UTC),
            ZonedDateTime.of(2024, 4, 2, 9, 15, 30, 123_456_789, ZoneId.of("Europe/Amsterdam")),
            LocalDateTime.of(2024, 4, 2, 9, 15),
            OffsetTime.of(9, 15, 0, 0, ZoneOffset.ofHours(2)),
            LocalTime.of(23, 59, 59, 999_000_000),
            List.of("a", "b"),
            List.of(1L, 2L),
            List.of(1.5, 2.0),
            List.of());

    for (var value : values) {
      var line = MAPPER.writeValueAsString(GraphValues.toJson(value));

      assertThat(GraphValues.fromJson(MAPPER.readTree(line))).as(line).isEqualTo(value);
    }
  }

  @Test
  void bytesDurationsAndPointsKeepTheirValue() {
    var bytes = new byte[] {0, 1, -1, 127};
    var duration = Values.isoDuration(14, 3, 7200, 500).asIsoDuration();
    var point = Values.point(4326, 5.12, 52.09).asPoint();
    var point3d = Values.point(9157, 1.0, 2.0, 3.0).asPoint();

    assertThat((byte[]) roundTrip(bytes)).containsExactly(bytes);
    assertThat(((org.neo4j.driver.Value) roundTrip(duration)).asIsoDuration()).isEqualTo(duration);
    assertThat(((org.neo4j.driver.Value) roundTrip(point)).asPoint()).isEqualTo(point);
    assertThat(((org.neo4j.driver.Value) roundTrip(point3d)).asPoint()).isEqualTo(point3d);
  }

  @Test
  void aFloatStaysAFloatAndAnIntegerAnInteger() {
    assertThat(roundTrip(3.0)).isInstanceOf(Double.class);
    assertThat(roundTrip(3L)).isInstanceOf(Long.class);
  }

  @Test
  void refusesAValueItCannotWriteBack() {
    assertThatThrownBy(() -> GraphValues.toJson(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be backed up");
  }

  private static Object roundTrip(Object value) {
    return GraphValues.fromJson(
        MAPPER.readTree(MAPPER.writeValueAsString(GraphValues.toJson(value))));
  }
}
