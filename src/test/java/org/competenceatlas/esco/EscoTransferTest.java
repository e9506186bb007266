package org.competenceatlas.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.evaluation.JudgedSet;
import org.competenceatlas.evaluation.TransferEvaluation;
import org.competenceatlas.meaning.MeaningLayerService;
import org.competenceatlas.meaning.MeaningLayerState;
import org.competenceatlas.meaning.MeaningProgress;
import org.competenceatlas.recognition.RecognitionEvaluation;
import org.competenceatlas.recognition.RecognitionService;
import org.competenceatlas.transfer.MatchKind;
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
 * Real ESCO: the transfer engine's checks on the imported English ESCO 1.2.0 release with its
 * meaning layer, and its precision on the judged set of {@code
 * src/test/resources/judged-transfers}. Skipped when the folder of system property {@code esco.dir}
 * is absent; tag {@code esco-release}.
 */
@AtlasTest
@Tag("esco-release")
class EscoTransferTest {

  static final String RECEPTIONIST =
      "http://data.europa.eu/esco/occupation/82025c02-9082-416c-998b-f51eb0359ee6";
  static final String CONCIERGE =
      "http://data.europa.eu/esco/occupation/1ae8d28e-407c-48ab-88ff-4cb25bfcdea6";
  static final String WAITER =
      "http://data.europa.eu/esco/occupation/d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471";
  static final String FLIGHT_ATTENDANT =
      "http://data.europa.eu/esco/occupation/f20d3ae6-baeb-482c-b68d-c2fb115e5dde";
  static final Path JUDGED = Path.of("src/test/resources/judged-transfers");

  static EscoGraph graph;

  @Autowired Driver driver;
  @Autowired EscoImporter importer;
  @Autowired TransferEngine engine;
  @Autowired MeaningLayerService meaning;
  @Autowired TransferEvaluation evaluation;
  @Autowired RecognitionService recognition;

  @BeforeEach
  void importTheReleaseOnce() {
    var folder = EscoReleaseImportTest.releaseFolder();
    assumeTrue(
        Files.isRegularFile(folder.resolve("occupations_en.csv")),
        "No ESCO release at " + folder + " (system property esco.dir)");
    if (graph == null) {
      graph = new EscoGraph(driver);
      importer.importRelease(new ImportOptions(folder, null, false), ImportListener.SILENT);
      meaning.refresh(SILENT);
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
  void aCaregiversStoryYieldsSeveralOutcomesOfTheReleaseEachFromItsOwnPhrase() {
    var answer =
        recognition.suggest(
            "For two years I looked after my grandmother at home. I sorted her pills every week"
                + " and made sure she took her medication on time. I went with her to the doctor"
                + " and kept a calendar of her appointments.",
            "en",
            null,
            10);

    assertThat(answer.method()).isEqualTo("SENTENCE_MODEL");
    var esco = "http://data.europa.eu/esco/skill/";
    assertThat(answer.suggestions().stream().map(s -> s.outcome().id()))
        .contains(
            esco + "933e7ccf-5d56-46ba-aca4-857f826a6b3a", // administer appointments
            esco + "fa01b6c3-82e0-43f1-af78-fd57f832e09a"); // monitor patients' medication
    assertThat(answer.suggestions().stream().map(s -> s.phrase()).distinct().count())
        .isGreaterThan(1);
  }

  /**
   * The narrative set's figures (docs/recognition.md) as floors a change must not fall below; the
   * issue's targets (precision@5 0.8, recall@10 0.6) are not reached with this model.
   */
  @Test
  void recognitionOnTheNarrativeSetKeepsItsMeasuredPrecisionAndRecall() {
    var report =
        RecognitionEvaluation.evaluate(
            Path.of("src/test/resources/recognition-narratives"), recognition);

    assertThat(report.results()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(report.precisionAt5()).isGreaterThanOrEqualTo(0.50);
    assertThat(report.recallAt10()).isGreaterThanOrEqualTo(0.42);
  }

  @Test
  void theMeaningLayerOfTheReleaseIsComputedAndLinksItsOutcomes() {
    var esco = meaning.status().stream().filter(layer -> layer.scope().equals("esco")).findFirst();

    assertThat(esco)
        .hasValueSatisfying(
            layer -> {
              assertThat(layer.state()).isEqualTo(MeaningLayerState.READY);
              assertThat(layer.outcomes()).isEqualTo(13_939);
              assertThat(layer.links()).isGreaterThan(20_000);
            });
  }

  @Test
  void atLeastNineInTenOfTheMatchesShownOnTheJudgedSetAreOnesAnAssessorAccepted() {
    var report = evaluation.evaluate(JudgedSet.read(JUDGED));

    assertThat(report.all().judged()).isGreaterThanOrEqualTo(30);
    assertThat(report.all().unjudged()).isLessThanOrEqualTo(report.all().shown() / 10);
    assertThat(report.all().precision()).isGreaterThanOrEqualTo(0.9);
    assertThat(report.byKind()).filteredOn(kind -> kind.name().equals("SHARED_ANCESTOR")).isEmpty();
    // The recall the precision costs, measured when this was written: a floor against regressions.
    assertThat(report.recallTransferable()).isGreaterThanOrEqualTo(0.35);
  }

  @Test
  void aWaiterCarriesServingAndWelcomingOverToTheFlightAttendantWithPaths() {
    var transfer =
        engine.transfer(
            TransferSource.occupation(WAITER), new TransferTarget(FLIGHT_ATTENDANT, null));

    assertThat(transfer.matches())
        .filteredOn(m -> m.kind() != MatchKind.SAME)
        .extracting(
            m -> m.held().labels().preferred("en") + " → " + m.required().labels().preferred("en"))
        .contains(
            "serve beverages → provide food and beverages",
            "welcome restaurant guests → greet guests");
    assertThat(transfer.matches())
        .filteredOn(m -> m.kind() == MatchKind.SHARED_GROUP || m.kind() == MatchKind.SIMILAR)
        .isNotEmpty()
        .allSatisfy(
            m -> {
              assertThat(m.similarity()).isBetween(0.7, 1.0);
              assertThat(m.path()).hasSizeGreaterThanOrEqualTo(2);
            });
    assertThat(transfer.areas())
        .filteredOn(area -> area.area() != null && "S3".equals(code(area.area())))
        .singleElement()
        .satisfies(area -> assertThat(area.supportedCount()).isGreaterThanOrEqualTo(4));
  }

  @Test
  void receptionistToNurseShowsNoStretchAndGroupsTheNursesRequirementsByArea() {
    var transfer =
        engine.transfer(
            TransferSource.occupation(RECEPTIONIST),
            new TransferTarget(EscoReleaseImportTest.NURSE, null));
    Map<String, JudgedSet.JudgedPair> judged = JudgedSet.read(JUDGED).primary();

    assertThat(transfer.matches())
        .filteredOn(m -> m.kind() != MatchKind.SAME)
        .allSatisfy(
            m ->
                assertThat(judged.get("1|" + m.required().id() + "|" + m.held().id()))
                    .as("judgement of %s → %s", m.held().id(), m.required().id())
                    .isNotNull()
                    .satisfies(j -> assertThat(j.judgement().acceptable()).isTrue()));
    assertThat(transfer.areas().stream().mapToInt(area -> area.requiredCount()).sum())
        .isEqualTo(transfer.parts().essentialCount());
    assertThat(transfer.areas())
        .extracting(area -> area.area() == null ? null : area.area().labels().preferred("en"))
        .contains("health and welfare", "communication, collaboration and creativity");
  }

  @Test
  void fromTheConciergeFrontOfHouseJobsRankFirstAndHeavyIndustryFarBelow() {
    var holdings = engine.holdings(TransferSource.occupation(CONCIERGE));
    int self = engine.occupationIndex(holdings, CONCIERGE);
    var ranked = engine.rankOccupations(holdings, null, 0, index -> index == self);
    var labels = ranked.stream().map(t -> t.to().labels().preferred("en")).toList();

    assertThat(labels.subList(0, 10))
        .contains("hospitality establishment receptionist", "hotel porter", "hotel butler");
    // Little carries over to heavy industry: a safety practice, say, against the front of house's
    // guest work. Many jobs score 0, so "last" means far below the ten nearest.
    var scores = ranked.stream().mapToDouble(t -> t.parts().score()).toArray();
    for (var job : List.of("welder", "yarn spinner", "wood caulker")) {
      assertThat(scores[labels.indexOf(job)]).as(job).isLessThan(scores[9] / 5);
    }
    assertThat(ranked).extracting(Transition::to).noneMatch(to -> to.id().equals(CONCIERGE));
  }

  private static String code(org.competenceatlas.taxonomy.SkillConcept concept) {
    return concept instanceof org.competenceatlas.taxonomy.OutcomeGroup group ? group.code() : null;
  }

  private static final MeaningProgress SILENT =
      new MeaningProgress() {
        @Override
        public void progress(String scope, String phase, long done, long total) {}

        @Override
        public void note(String message) {}
      };
}
