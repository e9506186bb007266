package org.competenceatlas.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.taxonomy.Importance;
import org.competenceatlas.transfer.MatchKind;
import org.competenceatlas.transfer.OutcomeMatch;
import org.competenceatlas.transfer.TransferEngine;
import org.competenceatlas.transfer.TransferSource;
import org.competenceatlas.transfer.TransferTarget;
import org.competenceatlas.transfer.Transition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real ESCO: the transfer engine's checks on the imported English ESCO 1.2.0 release. Skipped when
 * the folder of system property {@code esco.dir} is absent; tag {@code esco-release}.
 */
@AtlasTest
@Tag("esco-release")
class EscoTransferTest {

  static final String RECEPTIONIST =
      "http://data.europa.eu/esco/occupation/82025c02-9082-416c-998b-f51eb0359ee6";
  static final String CONCIERGE =
      "http://data.europa.eu/esco/occupation/1ae8d28e-407c-48ab-88ff-4cb25bfcdea6";

  static EscoGraph graph;

  @Autowired Driver driver;
  @Autowired EscoImporter importer;
  @Autowired TransferEngine engine;

  @BeforeEach
  void importTheReleaseOnce() {
    var folder = EscoReleaseImportTest.releaseFolder();
    assumeTrue(
        Files.isRegularFile(folder.resolve("occupations_en.csv")),
        "No ESCO release at " + folder + " (system property esco.dir)");
    if (graph == null) {
      graph = new EscoGraph(driver);
      importer.importRelease(new ImportOptions(folder, null, false), ImportListener.SILENT);
    }
  }

  @AfterAll
  static void removeEsco() {
    if (graph != null) {
      graph.clear();
      graph = null;
    }
  }

  @Test
  void receptionistToNurseSharesNoEssentialOutcomeYetCommunicationCarriesOverWithPaths() {
    var transfer =
        engine.transfer(
            TransferSource.occupation(RECEPTIONIST),
            new TransferTarget(EscoReleaseImportTest.NURSE, null));

    List<OutcomeMatch> essential =
        transfer.matches().stream().filter(m -> m.importance() == Importance.ESSENTIAL).toList();
    assertThat(essential).noneMatch(m -> m.kind() == MatchKind.SAME);
    assertThat(essential)
        .filteredOn(m -> m.kind() != MatchKind.SAME)
        .hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(m -> assertThat(m.path()).hasSizeGreaterThanOrEqualTo(2));
    assertThat(essential)
        .extracting(m -> m.required().labels().preferred("en"))
        .contains("develop a collaborative therapeutic relationship", "listen actively");
    assertThat(transfer.parts().score()).isBetween(0.0, 0.1);
  }

  @Test
  void fromTheConciergeFrontOfHouseJobsRankFirstAndHeavyIndustryLast() {
    var holdings = engine.holdings(TransferSource.occupation(CONCIERGE));
    int self = engine.occupationIndex(holdings, CONCIERGE);
    var ranked = engine.rankOccupations(holdings, null, 0, index -> index == self);
    var labels = ranked.stream().map(t -> t.to().labels().preferred("en")).toList();

    assertThat(labels.subList(0, 10))
        .contains("hospitality establishment receptionist", "hotel porter", "hotel butler");
    assertThat(labels.subList(labels.size() - 300, labels.size()))
        .contains("welder", "yarn spinner", "wood caulker");
    assertThat(ranked).extracting(Transition::to).noneMatch(to -> to.id().equals(CONCIERGE));
  }
}
