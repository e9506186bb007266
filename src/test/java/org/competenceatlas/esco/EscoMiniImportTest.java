package org.competenceatlas.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.competenceatlas.esco.EscoGraph.BASE;
import static org.competenceatlas.esco.EscoGraph.MINI;
import static org.competenceatlas.esco.EscoGraph.MINI_V2;
import static org.competenceatlas.esco.EscoGraph.resource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.taxonomy.TaxonomyService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;

/**
 * Imports the hand-made miniature release ({@code src/test/resources/esco-mini}, described in its
 * README) and its successor {@code esco-mini-v2}: what lands in the graph, re-import, deprecation.
 */
@AtlasTest
class EscoMiniImportTest {

  static final String NURSE = BASE + "occupation/nurse";
  static final String SPECIALIST = BASE + "occupation/specialist";
  static final String RECEPTIONIST = BASE + "occupation/receptionist";
  static final String LISTEN = BASE + "skill/listen";
  static final String COMMUNICATE = BASE + "skill/communicate";
  static final String LUGGAGE = BASE + "skill/luggage";

  @Autowired Driver driver;
  @Autowired EscoImporter importer;
  @Autowired ExecutionGraphQlService graphQl;
  @Autowired TaxonomyService taxonomy;
  EscoGraph graph;

  @BeforeEach
  void setUp() {
    graph = new EscoGraph(driver);
  }

  @AfterEach
  void removeEsco() {
    graph.clear();
  }

  ImportReport importMini(String folder, String version) {
    return importer.importRelease(
        new ImportOptions(resource(folder), version, false), ImportListener.SILENT);
  }

  @Test
  void importsEveryPillarOfTheMiniatureWithExactCounts() {
    var report = importMini(MINI, "1.0.0");

    assertThat(report.skipped()).isEmpty();
    assertThat(report.languages()).containsExactly("en", "nl");
    assertThat(report.nodes())
        .containsExactly(
            Map.entry("IscoGroup", 8),
            Map.entry("OutcomeGroup", 7),
            Map.entry("LearningOutcome", 9),
            Map.entry("Occupation", 4),
            Map.entry("ConceptScheme", 2),
            Map.entry("Collection", 7));
    assertThat(report.relationships())
        .containsExactly(
            Map.entry("BROADER", 24),
            Map.entry("IN_ISCO_GROUP", 4),
            Map.entry("REQUIRES", 17),
            Map.entry("RELATED", 3),
            Map.entry("IN_COLLECTION", 8),
            Map.entry("HAS_TOP_CONCEPT", 5));
    assertThat(graph.nodes("IscoGroup")).isEqualTo(8);
    assertThat(graph.nodes("OutcomeGroup")).isEqualTo(7);
    assertThat(graph.nodes("LearningOutcome")).isEqualTo(9);
    assertThat(graph.nodes("Occupation")).isEqualTo(4);
    assertThat(graph.nodes("ConceptScheme")).isEqualTo(2);
    assertThat(graph.collections()).isEqualTo(7);
    assertThat(graph.relationships("BROADER")).isEqualTo(24);
    assertThat(graph.relationships("IN_ISCO_GROUP")).isEqualTo(4);
    assertThat(graph.relationships("REQUIRES")).isEqualTo(17);
    assertThat(graph.relationships("RELATED")).isEqualTo(3);
    assertThat(graph.relationships("IN_COLLECTION")).isEqualTo(8);
    assertThat(graph.relationships("HAS_TOP_CONCEPT")).isEqualTo(5);
  }

  @Test
  void tellsWhatItLeftOutOrPassedOver() {
    var report = importMini(MINI, "1.0.0");

    assertThat(report.ignoredFiles()).containsExactly("notes.csv");
    assertThat(report.notes())
        .singleElement()
        .asString()
        .startsWith("conceptSchemes_en.csv:4: 1 of 4 top concepts of " + BASE)
        .contains("skill-type/skill");
    assertThat(report.render())
        .contains("ESCO 1.0.0 imported (languages: en, nl)")
        .contains("REQUIRES")
        .contains("Skipped rows: 0");
  }

  @Test
  void storesTrimmedLabelsPerLanguageAndTheQuirkyFieldsWhole() {
    importMini(MINI, "1.0.0");

    var nurse = graph.node(NURSE);
    assertThat(nurse)
        .containsEntry("prefLabel_en", "nurse responsible for general care")
        .containsEntry("prefLabel_nl", "verpleegkundige algemene zorg")
        .containsEntry("altLabels_en", List.of("general nurse", "registered nurse"))
        .containsEntry("code", "2221.1")
        .containsEntry("iscoCode", "2221")
        .containsEntry(
            "regulatedProfessionNote", "http://data.europa.eu/esco/regulated-professions/regulated")
        .containsEntry("source", "esco")
        .doesNotContainKey("altLabels_nl");
    assertThat(graph.node(SPECIALIST)).containsEntry("prefLabel_en", "specialist nurse");
    assertThat(graph.node(RECEPTIONIST))
        .containsEntry("altLabels_en", List.of("front desk agent", "receptionist, hotel"));
    assertThat(graph.node(LISTEN))
        .containsEntry("altLabels_en", List.of("listen attentively", "hear others out"))
        .containsEntry("hiddenLabels_en", List.of("active listening"))
        .containsEntry("altLabels_nl", List.of("aandachtig luisteren"))
        .containsEntry("outcomeType", "skill/competence")
        .containsEntry("reuseLevel", "transversal");
    assertThat(graph.node(BASE + "skill/care"))
        .containsEntry("prefLabel_en", "provide nursing care")
        .containsEntry("scopeNote_en", "Covers adults and children.");
    assertThat((String) graph.node(BASE + "skill/nursing").get("description_en")).hasSize(140_000);
    assertThat(graph.node(BASE + "skill/dataproc")).doesNotContainKeys("outcomeType", "reuseLevel");
    assertThat(graph.node(BASE + "isco/C222"))
        .containsEntry(
            "description_en",
            "They provide \"nursing\" and midwifery care, treatment and support services.");
    assertThat(graph.node(BASE + "skill-group/S1.1"))
        .containsEntry("code", "S1.1")
        .containsEntry("scopeNote_en", "Includes talking, writing and signing.");
  }

  @Test
  void keepsSeveralBroaderConceptsAndPairsListedBothWays() {
    importMini(MINI, "1.0.0");

    assertThat(
            graph.count(
                "MATCH (:LearningOutcome {id: $id})-[:BROADER]->(g:OutcomeGroup) RETURN count(g)",
                Map.of("id", LISTEN)))
        .isEqualTo(2);
    assertThat(
            graph.count(
                "MATCH (:Occupation {id: $o})-[r:REQUIRES]->(:LearningOutcome {id: $s})"
                    + " RETURN count(r)",
                Map.of("o", NURSE, "s", LISTEN)))
        .isEqualTo(2);
    assertThat(
            graph.count(
                "MATCH (:Occupation {id: $id})-[:IN_ISCO_GROUP]->(g:IscoGroup {code: '2221'})"
                    + " RETURN count(g)",
                Map.of("id", SPECIALIST)))
        .isEqualTo(1);
  }

  @Test
  void derivesHowManyOccupationsAndMajorGroupsRequireEachOutcome() {
    importMini(MINI, "1.0.0");

    assertThat(graph.node(COMMUNICATE))
        .containsEntry("occupationCount", 2L)
        .containsEntry("essentialOccupationCount", 2L)
        .containsEntry("iscoMajorGroupCount", 2L)
        .containsEntry("essentialIscoMajorGroupCount", 2L);
    // Nurse lists 'listen actively' as essential and as optional: it counts once, as essential.
    assertThat(graph.node(LISTEN))
        .containsEntry("occupationCount", 2L)
        .containsEntry("essentialOccupationCount", 1L)
        .containsEntry("iscoMajorGroupCount", 2L)
        .containsEntry("essentialIscoMajorGroupCount", 1L);
    assertThat(graph.node(BASE + "skill/nursing"))
        .containsEntry("occupationCount", 2L)
        .containsEntry("iscoMajorGroupCount", 1L);
  }

  @Test
  void reimportingTheSameReleaseChangesNothing() {
    importMini(MINI, "1.0.0");
    var first = graph.snapshot("importedAt");
    assertThat(first).hasSizeGreaterThanOrEqualTo(37 + 61); // ESCO nodes and relationships

    var again = importMini(MINI, "1.0.0");

    graph.assertUnchangedSince(first, "importedAt");
    assertThat(again.linksReplaced()).isEqualTo(61);
    assertThat(again.deprecated()).isEmpty();
    assertThat(graph.node(NURSE)).containsEntry("releases", List.of("1.0.0"));
    assertThat(graph.count("MATCH (r:TaxonomyRelease) RETURN count(r)")).isEqualTo(1);
  }

  @Test
  void aVersionSpelledShorterIsTheReleaseAlreadyImported() {
    importMini(MINI, "1.0.0");
    var first = graph.snapshot("importedAt");

    var again = importMini(MINI, "1.0");

    assertThat(again.version()).isEqualTo("1.0.0");
    graph.assertUnchangedSince(first, "importedAt");
    assertThat(graph.node(NURSE)).containsEntry("releases", List.of("1.0.0"));
    assertThat(graph.count("MATCH (r:TaxonomyRelease) RETURN count(r)")).isEqualTo(1);
  }

  @Test
  void aNewerReleaseWithoutARowOfALanguageForAConceptRemovesItsTextsInThatLanguage(
      @TempDir Path temp) {
    importMini(MINI, "1.0.0");
    assertThat(graph.node(BASE + "skill/listen")).containsEntry("prefLabel_nl", "actief luisteren");
    var v2 = EscoGraph.copy(MINI_V2, temp.resolve("esco-v1.1.0"));
    EscoGraph.rewrite(
        v2.resolve("skills_nl.csv"),
        text -> text.replaceAll("(?m)^[^\\n]*skill/listen,[^\\n]*\\n", ""));

    importer.importRelease(new ImportOptions(v2, null, false), ImportListener.SILENT);

    assertThat(graph.node(BASE + "skill/listen"))
        .containsEntry("prefLabel_en", "listen actively")
        .doesNotContainKey("prefLabel_nl")
        .doesNotContainKey("altLabels_nl");
    assertThat(graph.node(BASE + "skill/nursing")).containsEntry("prefLabel_nl", "verpleegkunde");
  }

  @Test
  void aNewerReleaseWithoutTheOptionalSchemesFileOfALanguageKeepsTheSchemesTextsInIt(
      @TempDir Path temp) throws java.io.IOException {
    var v1 = EscoGraph.copy(MINI, temp.resolve("esco-v1.0.0"));
    java.nio.file.Files.writeString(
        v1.resolve("conceptSchemes_nl.csv"),
        "conceptType,conceptSchemeUri,preferredLabel,title,status,description,hasTopConcept\r\n"
            + "ConceptScheme,"
            + BASE
            + "concept-scheme/isco,ISCO 2008 (nl),,released,,\r\n");
    importer.importRelease(new ImportOptions(v1, null, false), ImportListener.SILENT);
    assertThat(graph.node(BASE + "concept-scheme/isco"))
        .containsEntry("prefLabel_nl", "ISCO 2008 (nl)");

    importMini(MINI_V2, "1.1.0");

    assertThat(graph.node(BASE + "concept-scheme/isco"))
        .containsEntry("prefLabel_nl", "ISCO 2008 (nl)");
  }

  @Test
  void aNewerReleaseUpdatesInPlaceAndDeprecatesWhatItNoLongerHas() {
    importMini(MINI, "1.0.0");
    // A learner claimed the outcome that the next release drops.
    graph.run(
        "MATCH (lo:LearningOutcome {id: $id})"
            + " CREATE (:Claim {id: 'esco-test-claim', source: 'esco-test'})-[:ABOUT]->(lo)",
        Map.of("id", LUGGAGE));

    var report = importMini(MINI_V2, "1.1.0");

    assertThat(report.deprecated()).containsExactly(Map.entry("LearningOutcome", 1));
    assertThat(graph.node(LUGGAGE))
        .containsEntry("status", "deprecated")
        .containsEntry("deprecatedSince", "1.1.0")
        .containsEntry("releases", List.of("1.0.0"))
        .containsEntry("prefLabel_en", "handle guest luggage");
    assertThat(
            graph.count(
                "MATCH (:Claim {id: 'esco-test-claim'})-[:ABOUT]->(lo:LearningOutcome {id: $id})"
                    + " RETURN count(lo)",
                Map.of("id", LUGGAGE)))
        .isEqualTo(1);
    assertThat(graph.node(COMMUNICATE))
        .containsEntry("prefLabel_en", "communicate with guests and customers")
        .containsEntry("prefLabel_nl", "communiceren met klanten")
        .containsEntry("releases", List.of("1.0.0", "1.1.0"))
        .containsEntry("status", "released");
    assertThat(graph.node(BASE + "skill/checkin")).doesNotContainKey("description_en");
    // Relationships always equal the newest release: the dropped outcome's links are gone.
    assertThat(graph.relationships("REQUIRES")).isEqualTo(15);
    assertThat(graph.relationships("BROADER")).isEqualTo(23);
    assertThat(graph.nodes("LearningOutcome")).isEqualTo(9);
    assertThat(
            graph.count(
                "MATCH (lo:LearningOutcome {id: $id}) RETURN lo.occupationCount",
                Map.of("id", LUGGAGE)))
        .isZero();
    assertThat(graph.count("MATCH (r:TaxonomyRelease {source: 'esco'}) RETURN count(r)"))
        .isEqualTo(2);
  }

  @Test
  void aConceptThatComesBackIsReleasedAgain() {
    importMini(MINI, "1.0.0");
    importMini(MINI_V2, "1.1.0");

    importMini(MINI, "1.2.0");

    assertThat(graph.node(LUGGAGE))
        .containsEntry("status", "released")
        .containsEntry("releases", List.of("1.0.0", "1.2.0"))
        .doesNotContainKey("deprecatedSince");
    assertThat(graph.relationships("REQUIRES")).isEqualTo(17);
  }

  @Test
  void refusesAnOlderReleaseThanTheNewestImported() {
    importMini(MINI_V2, "1.1.0");
    var before = graph.snapshot();

    assertThatThrownBy(() -> importMini(MINI, "1.0.0"))
        .isInstanceOf(ReleaseRefusedException.class)
        .hasMessageContaining("ESCO 1.1.0 is already imported; 1.0.0 is older");
    graph.assertUnchangedSince(before);
  }

  @Test
  void leavesNodesOfOtherSourcesAlone() {
    // Stand-ins for the seed world: hand-made taxonomy nodes, their breadth derived as on seeding.
    graph.run(
        "CREATE (:Occupation {id: 'esco-test:cook', source: 'esco-test', prefLabel_en: 'cook',"
            + " iscoCode: '5120'})-[:REQUIRES {importance: 'essential'}]->"
            + "(:LearningOutcome {id: 'esco-test:knife', source: 'esco-test',"
            + " prefLabel_en: 'use knives'})",
        Map.of());
    taxonomy.deriveOutcomeBreadth();
    var before = others();

    importMini(MINI, "1.0.0");
    importMini(MINI_V2, "1.1.0");

    assertThat(others()).isEqualTo(before);
    assertThat(graph.node("esco-test:cook")).doesNotContainKeys("status", "releases");
  }

  private List<String> others() {
    return graph.snapshot().stream()
        .filter(line -> !line.contains(BASE) && !line.matches("(?s).*source=esco[,}].*"))
        .toList();
  }

  @Test
  void graphQlShowsLabelsPerLanguageReleasesAndStatus() {
    importMini(MINI, "1.0.0");
    importMini(MINI_V2, "1.1.0");
    var tester = ExecutionGraphQlServiceTester.create(graphQl);

    tester
        .document(
            """
            query($id: ID!) {
              occupation(id: $id) {
                nl: label(language: "nl") en: label releases status deprecatedSince
                outcomes(importance: ESSENTIAL) { outcome { label status broader { label } } }
              }
              taxonomyReleases { id version languages skippedRows
                counts { kind count } deprecated { kind count } }
            }
            """)
        .variable("id", RECEPTIONIST)
        .execute()
        .path("occupation.nl")
        .entity(String.class)
        .isEqualTo("hotelreceptionist")
        .path("occupation.en")
        .entity(String.class)
        .isEqualTo("hotel receptionist")
        .path("occupation.releases")
        .entityList(String.class)
        .containsExactly("1.0.0", "1.1.0")
        .path("occupation.status")
        .entity(String.class)
        .isEqualTo("RELEASED")
        .path("occupation.outcomes[*].outcome.label")
        .entityList(String.class)
        .containsExactly(
            "check in guests", "communicate with guests and customers", "hotel booking systems")
        .path("taxonomyReleases[*].version")
        .entityList(String.class)
        .containsExactly("1.1.0", "1.0.0")
        .path("taxonomyReleases[0].languages")
        .entityList(String.class)
        .containsExactly("en", "nl")
        .path("taxonomyReleases[0].deprecated[0].kind")
        .entity(String.class)
        .isEqualTo("LearningOutcome");

    tester
        .document(
            "query($id: ID!) { learningOutcome(id: $id) { label status deprecatedSince releases } }")
        .variable("id", LUGGAGE)
        .execute()
        .path("learningOutcome.status")
        .entity(String.class)
        .isEqualTo("DEPRECATED")
        .path("learningOutcome.deprecatedSince")
        .entity(String.class)
        .isEqualTo("1.1.0");
  }
}
