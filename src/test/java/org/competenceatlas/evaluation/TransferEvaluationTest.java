package org.competenceatlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competenceatlas.SeedWorldIds.HOTEL_RECEPTIONIST;
import static org.competenceatlas.SeedWorldIds.NURSE;
import static org.competenceatlas.SeedWorldIds.outcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The evaluation's arithmetic on a small judged set of the seed world's receptionist → nurse move,
 * whose matches the other transfer tests describe: informing guests supports informing patients
 * through a shared group, rapport with guests the therapeutic relationship (ESCO-style relation),
 * and confidentiality the respect of dignity.
 */
@AtlasTest
class TransferEvaluationTest {

  @Autowired TransferEvaluation evaluation;
  @Autowired RatingsCorrelation correlation;

  @TempDir Path folder;

  @Test
  void countsShownMatchesByJudgementAndRequirementsByWhetherTheyAreShownAcceptably()
      throws IOException {
    write(
        "occupation-pairs.csv",
        "pair,source_occupation_uri,target_occupation_uri\n"
            + "1,"
            + HOTEL_RECEPTIONIST
            + ","
            + NURSE
            + "\n");
    write(
        "judged-pairs.csv",
        "pair,required_uri,held_uri,judgement,reason,judge,origin\n"
            + row("inform-patients-relatives", "inform-guests-hotel-services", "partly", "J1")
            + row("build-therapeutic-relationship", "build-rapport-guests", "transferable", "J1")
            + row("respect-client-dignity", "maintain-confidentiality", "not", "J1")
            + row("respect-client-dignity", "maintain-confidentiality", "partly", "J2")
            + row("administer-medication", "provide-first-aid", "transferable", "J1"));

    var report = evaluation.evaluate(JudgedSet.read(folder));

    assertThat(report.all().judged()).isEqualTo(3);
    assertThat(report.all().acceptable()).isEqualTo(2);
    assertThat(report.all().precision()).isEqualTo(2.0 / 3);
    assertThat(report.same()).isPositive();
    assertThat(report.refused())
        .singleElement()
        .satisfies(example -> assertThat(example.held()).isEqualTo("maintain confidentiality"));
    assertThat(report.requirementsTransferable()).isEqualTo(2);
    assertThat(report.recalledTransferable()).isEqualTo(1);
    assertThat(report.requirementsAcceptable()).isEqualTo(3);
    assertThat(report.recalledAcceptable()).isEqualTo(2);
    assertThat(report.missed())
        .singleElement()
        .satisfies(example -> assertThat(example.required()).isEqualTo("administer medication"));
  }

  @Test
  void ratingsNameOccupationsByIdOrLabelAndUnknownOnesAreCountedApart() throws IOException {
    write(
        "ratings.csv",
        "source,target,rating\n"
            + HOTEL_RECEPTIONIST
            + ",hotel concierge,5\n"
            + "Hotel Receptionist,"
            + NURSE
            + ",3\n"
            + "hotel receptionist,welder,1\n"
            + "hotel receptionist,astronaut,4\n");

    var result = correlation.correlate(folder.resolve("ratings.csv"));

    assertThat(result.n()).isEqualTo(3);
    assertThat(result.unknown()).isEqualTo(1);
    assertThat(result.rho()).isEqualTo(1.0);
    assertThat(result.low()).isLessThanOrEqualTo(result.rho());
    assertThat(result.high()).isGreaterThanOrEqualTo(result.rho());
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(folder.resolve(name), content);
  }

  private static String row(String required, String held, String judgement, String judge) {
    return String.join(
            ",", "1", outcome(required), outcome(held), judgement, "a reason", judge, "candidate")
        + "\n";
  }
}
