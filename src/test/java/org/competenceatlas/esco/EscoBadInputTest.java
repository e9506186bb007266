package org.competenceatlas.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.competenceatlas.esco.EscoGraph.BASE;
import static org.competenceatlas.esco.EscoGraph.MINI;
import static org.competenceatlas.esco.EscoGraph.MINI_V2;
import static org.competenceatlas.esco.EscoGraph.copy;
import static org.competenceatlas.esco.EscoGraph.resource;
import static org.competenceatlas.esco.EscoGraph.rewrite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Broken releases. Each test copies a miniature release and breaks one thing in it, so the test
 * shows exactly what is wrong. The graph first holds release 1.0.0; a refused release must leave it
 * exactly as it was, a release with bad rows must import everything else and report each bad row
 * with file, line and reason.
 */
@AtlasTest
class EscoBadInputTest {

  @Autowired Driver driver;
  @Autowired EscoImporter importer;
  @TempDir Path temp;
  EscoGraph graph;
  List<String> before;

  @BeforeEach
  void importTheFirstRelease() {
    graph = new EscoGraph(driver);
    importer.importRelease(
        new ImportOptions(resource(MINI), "1.0.0", false), ImportListener.SILENT);
    before = graph.snapshot();
  }

  @AfterEach
  void removeEsco() {
    graph.clear();
  }

  /** A copy of release v2 to break; importing it intact would deprecate 'handle guest luggage'. */
  Path v2() {
    return copy(MINI_V2, temp.resolve("esco-v1.1.0"));
  }

  ImportReport importFolder(Path folder, boolean strict) {
    return importer.importRelease(new ImportOptions(folder, null, strict), ImportListener.SILENT);
  }

  void assertRefusedAndUnchanged(Path folder, String... messages) {
    assertThatThrownBy(() -> importFolder(folder, false))
        .isInstanceOf(ReleaseRefusedException.class)
        .hasMessageContainingAll(messages);
    graph.assertUnchangedSince(before);
  }

  // --- refused: nothing is written -----------------------------------------------------------

  /** One thing broken in a copy of release v2. */
  interface Breakage {
    void breakIn(Path folder) throws IOException;
  }

  static Stream<Arguments> brokenReleases() {
    return Stream.of(
        refused(
            "a missing required file",
            folder -> Files.delete(folder.resolve("occupationSkillRelations_en.csv")),
            "occupationSkillRelations_en.csv: missing"),
        refused(
            "a language without its label file",
            folder -> Files.delete(folder.resolve("skills_nl.csv")),
            "skills_nl.csv: missing; every language of the release needs it"),
        refused(
            "a missing column, named with its file",
            folder ->
                rewrite(
                    folder.resolve("occupationSkillRelations_en.csv"),
                    text -> text.replaceFirst("skillUri", "skill")),
            "occupationSkillRelations_en.csv: missing column 'skillUri'"),
        refused(
            "an unreadable CSV, named with its line",
            folder ->
                rewrite(
                    folder.resolve("skillSkillRelations_en.csv"),
                    text -> text + "\"" + BASE + "skill/care,knowledge,essential\r\n"),
            "skillSkillRelations_en.csv:5: unreadable CSV"),
        refused(
            "a file that is not UTF-8",
            folder -> {
              var file = folder.resolve("occupations_nl.csv");
              var bytes = Files.readAllBytes(file);
              var broken = Arrays.copyOf(bytes, bytes.length + 1);
              broken[bytes.length] =
                  (byte) 0xC3; // the first half of a two-byte character, then the end
              Files.write(file, broken);
            },
            "occupations_nl.csv:",
            "not UTF-8 text"),
        refused(
            "a label in another encoding, named with its line",
            folder -> {
              var file = folder.resolve("skills_nl.csv");
              var text =
                  Files.readString(file).replace("actief luisteren", "actief lu\u00efsteren");
              Files.write(file, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            },
            "skills_nl.csv:3: not UTF-8 text",
            "save it as UTF-8"),
        refused(
            "an unknown language suffix",
            folder -> Files.copy(folder.resolve("skills_nl.csv"), folder.resolve("skills_xx.csv")),
            "skills_xx.csv: unknown language suffix 'xx'"),
        refused(
            "a release whose every occupation row is bad",
            folder ->
                rewrite(
                    folder.resolve("occupations_en.csv"),
                    text -> text.replace("\r\nOccupation,", "\r\nOccupaton,")),
            "occupations_en.csv: no valid row; importing it would mark every Occupation"),
        refused(
            "an occupation-skill file cut to its header",
            folder -> keepOnlyTheHeader(folder.resolve("occupationSkillRelations_en.csv")),
            "occupationSkillRelations_en.csv: no valid row; importing it would remove every"),
        refused(
            "a skill pillar file cut to its header",
            folder -> keepOnlyTheHeader(folder.resolve("broaderRelationsSkillPillar_en.csv")),
            "broaderRelationsSkillPillar_en.csv: no valid row"),
        refused(
            "a skill-skill file whose every row is bad",
            folder ->
                rewrite(
                    folder.resolve("skillSkillRelations_en.csv"),
                    text -> text.replace(",essential", ",vital").replace(",optional", ",vital")),
            "skillSkillRelations_en.csv: no valid row"));
  }

  private static void keepOnlyTheHeader(Path file) {
    rewrite(file, text -> text.substring(0, text.indexOf('\n') + 1));
  }

  private static Arguments refused(String what, Breakage breakage, String... messages) {
    return Arguments.of(what, breakage, messages);
  }

  @ParameterizedTest(name = "{0} refuses the release")
  @MethodSource("brokenReleases")
  void aBrokenReleaseIsRefusedWithTheReasonAndWritesNothing(
      String what, Breakage breakage, String[] messages) throws IOException {
    var folder = v2();
    breakage.breakIn(folder);

    assertRefusedAndUnchanged(folder, messages);
  }

  @Test
  void aFolderWithoutVersionInItsNameNeedsTheVersionGiven() {
    var folder = copy(MINI_V2, temp.resolve("latest"));

    assertRefusedAndUnchanged(folder, "does not say the release's version", "--version");
  }

  @Test
  void aReleaseWhoseEveryOccupationRowIsBadIsRefused() {
    var folder = v2();
    rewrite(
        folder.resolve("occupations_en.csv"),
        text -> text.replace("\r\nOccupation,", "\r\nOccupaton,"));

    assertRefusedAndUnchanged(
        folder, "occupations_en.csv: no valid row; importing it would mark every Occupation");
  }

  @Test
  void aConceptIdThatAnotherSourceOwnsIsRefused() {
    graph.run(
        "CREATE (:LearningOutcome {id: $id, source: 'esco-test', prefLabel_en: 'hand-made'})",
        Map.of("id", BASE + "skill/new-in-v2"));
    before = graph.snapshot();
    var folder = v2();
    rewrite(
        folder.resolve("skills_en.csv"),
        text ->
            text
                + "KnowledgeSkillCompetence,"
                + BASE
                + "skill/new-in-v2,knowledge,,greet guests,,,released,,,,,\r\n");

    assertRefusedAndUnchanged(
        folder,
        BASE + "skill/new-in-v2: the graph already has this concept from source 'esco-test'");
    assertThat(graph.node(BASE + "skill/new-in-v2")).containsEntry("prefLabel_en", "hand-made");
  }

  @Test
  void aFailureHalfwayThroughTheWriteLeavesThePreviousGraph() {
    var failing =
        new ImportListener() {
          @Override
          public Progress file(String name, long bytes) {
            return SILENT.file(name, bytes);
          }

          @Override
          public Progress step(String name, long rows) {
            return SILENT.step(name, rows);
          }

          @Override
          public void stepDone(String name) {
            if (name.startsWith("REQUIRES")) {
              throw new IllegalStateException("simulated crash after " + name);
            }
          }
        };

    assertThatThrownBy(() -> importer.importRelease(new ImportOptions(v2(), null, false), failing))
        .hasMessageContaining("simulated crash");
    graph.assertUnchangedSince(before);
    assertThat(graph.node(BASE + "skill/luggage")).containsEntry("status", "released");
  }

  // --- skipped: the rest is imported, each bad row reported ----------------------------------

  @Test
  void malformedRowsAreSkippedAndReportedWithFileLineAndReason() {
    var folder = v2();
    rewrite(
        folder.resolve("skills_en.csv"),
        text ->
            text
                + "KnowledgeSkillCompetence,"
                + BASE
                + "skill/extra,knowledge,,one field too many,,,released,,,,,,surplus\r\n"
                + "KnowledgeSkillCompetence,,knowledge,,no URI,,,released,,,,,\r\n"
                + "KnowledgeSkillCompetence,"
                + BASE
                + "skill/odd,competence,,wrong type,,,released,,,,,\r\n"
                + "KnowledgeSkillCompetence,"
                + BASE
                + "skill/listen,skill/competence,,listen again,,,released,,,,,\r\n");
    rewrite(
        folder.resolve("occupationSkillRelations_en.csv"),
        text ->
            text + BASE + "occupation/nurse,useful,skill/competence," + BASE + "skill/english\r\n");

    var report = importFolder(folder, false);

    assertThat(report.skipped())
        .extracting(SkippedRow::toString)
        .containsExactly(
            "skills_en.csv:14: malformed row: 14 fields where the header has 13; row left out",
            "skills_en.csv:15: empty conceptUri",
            "skills_en.csv:16: skillType 'competence' is neither 'knowledge' nor 'skill/competence';"
                + " the skill is imported without a type",
            "skills_en.csv:17: duplicate " + BASE + "skill/listen (first on line 4)",
            "occupationSkillRelations_en.csv:17: relationType 'useful' is neither 'essential'"
                + " nor 'optional'");
    assertThat(graph.nodes("LearningOutcome")).isEqualTo(10);
    assertThat(graph.node(BASE + "skill/odd"))
        .containsEntry("prefLabel_en", "wrong type")
        .doesNotContainKey("outcomeType");
    assertThat(graph.node(BASE + "skill/listen")).containsEntry("prefLabel_en", "listen actively");
    assertThat(graph.relationships("REQUIRES")).isEqualTo(15);
    assertThat(report.render())
        .contains("Skipped rows: 5")
        .contains("skills_en.csv:15: empty conceptUri");
    assertThat(graph.count("MATCH (r:TaxonomyRelease {version: '1.1.0'}) RETURN r.skippedRows"))
        .isEqualTo(5);
  }

  @Test
  void aSkillWithABadReuseLevelKeepsItsPlaceAndItsLinksWithoutThatField() {
    var folder = v2();
    rewrite(
        folder.resolve("skills_en.csv"),
        text ->
            text.replace(
                "skill/listen,skill/competence,transversal,",
                "skill/listen,skill/competence,Everywhere,"));

    var report = importFolder(folder, false);

    assertThat(report.skipped())
        .extracting(SkippedRow::toString)
        .containsExactly(
            "skills_en.csv:4: reuseLevel 'Everywhere' is not one of "
                + ConceptFiles.REUSE_LEVELS
                + "; the skill is imported without a reuse level");
    assertThat(graph.node(BASE + "skill/listen"))
        .containsEntry("status", "released")
        .containsEntry("outcomeType", "skill/competence")
        .doesNotContainKey("reuseLevel");
    assertThat(
            graph.count(
                "MATCH (:Occupation)-[r:REQUIRES]->(:LearningOutcome {id: $id}) RETURN count(r)",
                java.util.Map.of("id", BASE + "skill/listen")))
        .isEqualTo(3);
  }

  @Test
  void danglingReferencesAreSkippedAndReported() {
    var folder = v2();
    rewrite(
        folder.resolve("occupationSkillRelations_en.csv"),
        text ->
            text
                + BASE
                + "occupation/nurse,essential,skill/competence,"
                + BASE
                + "skill/luggage\r\n");
    rewrite(
        folder.resolve("broaderRelationsSkillPillar_en.csv"),
        text ->
            text
                + "KnowledgeSkillCompetence,"
                + BASE
                + "skill/english,SkillGroup,"
                + BASE
                + "skill-group/L\r\n");
    rewrite(
        folder.resolve("greenSkillsCollection_en.csv"),
        text -> text + "KnowledgeSkillCompetence," + BASE + "skill/solar,,,,,,,,\r\n");
    rewrite(
        folder.resolve("occupations_en.csv"), text -> text.replace(",4224,night", ",9999,night"));

    var report = importFolder(folder, false);

    assertThat(report.skipped())
        .extracting(SkippedRow::toString)
        .containsExactly(
            "occupations_en.csv:7: iscoGroup '9999' is not in ISCOGroups_en.csv; the occupation"
                + " is imported without an ISCO group",
            "broaderRelationsSkillPillar_en.csv:17: dangling reference: "
                + BASE
                + "skill-group/L is not a skill group in skillGroups_en.csv; row left out",
            "occupationSkillRelations_en.csv:17: dangling reference: "
                + BASE
                + "skill/luggage is not a skill in skills_en.csv; row left out",
            "greenSkillsCollection_en.csv:2: dangling reference: "
                + BASE
                + "skill/solar is not a skill in skills_en.csv; row left out");
    assertThat(graph.node(BASE + "occupation/night")).doesNotContainKey("iscoCode");
    assertThat(graph.relationships("IN_ISCO_GROUP")).isEqualTo(3);
    assertThat(graph.relationships("REQUIRES")).isEqualTo(15);
    assertThat(graph.node(BASE + "skill/luggage")).containsEntry("status", "deprecated");
  }

  @Test
  void strictModeRefusesAReleaseWithRowsToSkip() {
    var folder = v2();
    rewrite(
        folder.resolve("skills_en.csv"),
        text -> text + "KnowledgeSkillCompetence,,knowledge,,no URI,,,released,,,,,\r\n");

    assertThatThrownBy(() -> importFolder(folder, true))
        .isInstanceOf(ReleaseRefusedException.class)
        .hasMessageContaining("1 row(s) would be skipped, and --strict allows none")
        .hasMessageContaining("skills_en.csv:14: empty conceptUri");
    graph.assertUnchangedSince(before);
  }

  @Test
  void aMissingOptionalFileIsNotedAndTheRestImported() throws IOException {
    var folder = v2();
    Files.delete(folder.resolve("greenSkillsCollection_en.csv"));

    var report = importFolder(folder, true);

    assertThat(report.notes())
        .contains(
            "greenSkillsCollection_en.csv is not in the release folder: imported without it (no"
                + " member of the 'green' collection)");
    assertThat(report.nodes()).containsEntry("Collection", 6);
    assertThat(graph.relationships("IN_COLLECTION")).isEqualTo(8);
  }
}
