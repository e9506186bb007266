package org.competenceatlas.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competenceatlas.SeedWorldIds.HOTEL_CONCIERGE;
import static org.competenceatlas.SeedWorldIds.HOTEL_RECEPTIONIST;
import static org.competenceatlas.SeedWorldIds.WELDER;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashMap;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

@AtlasTest
class TransferMatrixExportTest {

  @Autowired TransferMatrixExport export;
  @Autowired TransferEngine engine;
  @Autowired TaxonomySnapshots snapshots;
  @Autowired Driver driver;

  @Test
  void writesTheTopDestinationsOfEveryOccupationBestFirst() {
    var out = new StringWriter();

    long rows = export.write(out, 3);

    var lines = out.toString().split("\n");
    int occupations = engine.occupations().size();
    assertThat(rows).isEqualTo(3L * occupations);
    assertThat(lines).hasSize(2 + 3 * occupations);
    assertThat(lines[0]).contains("ESCO classification of the European Commission");
    assertThat(lines[1]).isEqualTo(TransferMatrixExport.HEADER);
    var fromReceptionist =
        Arrays.stream(lines).filter(line -> line.startsWith(HOTEL_RECEPTIONIST + ",")).toList();
    assertThat(fromReceptionist).hasSize(3);
    assertThat(fromReceptionist.get(0)).contains("," + HOTEL_CONCIERGE + ",").contains(",1,");
    assertThat(fromReceptionist).noneMatch(line -> line.contains("," + HOTEL_RECEPTIONIST + ","));
  }

  @Test
  void writesEveryPairWhenTopIsZero() {
    var out = new StringWriter();
    int occupations = engine.occupations().size();

    assertThat(export.write(out, 0)).isEqualTo((long) occupations * (occupations - 1));
  }

  @Test
  void leavesDeprecatedOccupationsOutAsSourcesAndAsDestinations() {
    int occupations = engine.occupations().size();
    setWelderStatus("deprecated");
    try {
      var out = new StringWriter();

      long rows = export.write(out, 0);

      assertThat(rows).isEqualTo((long) (occupations - 1) * (occupations - 2));
      assertThat(out.toString()).doesNotContain(WELDER);
      var top = new StringWriter();
      assertThat(export.write(top, 2)).isEqualTo(2L * (occupations - 1));
    } finally {
      setWelderStatus(null);
    }
  }

  private void setWelderStatus(String status) {
    var parameters = new HashMap<String, Object>();
    parameters.put("id", WELDER);
    parameters.put("status", status);
    try (var session = driver.session()) {
      session.run("MATCH (o:Occupation {id: $id}) SET o.status = $status", parameters);
    }
    snapshots.rebuild();
  }

  @Test
  void quotesFieldsWithCommasAndQuotes() {
    assertThat(TransferMatrixExport.csv("cook, head")).isEqualTo("\"cook, head\"");
    assertThat(TransferMatrixExport.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(TransferMatrixExport.csv("plain")).isEqualTo("plain");
  }

  @Test
  void quotesFieldsWithTheCommentCharacterTheDocumentedReadersUse() {
    assertThat(TransferMatrixExport.csv("C#")).isEqualTo("\"C#\"");
  }
}
