package org.competenceatlas.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;

/**
 * Real ESCO: imports the English ESCO 1.2.0 release from the folder in system property {@code
 * esco.dir} (the pom passes {@code ../shared/esco-1.2.0}) and checks the counts its README
 * publishes. Skipped when the folder is absent. Tag {@code esco-release}: leave it out with {@code
 * -DexcludedGroups=esco-release}, run only it with {@code -Dgroups=esco-release}.
 */
@AtlasTest
@Tag("esco-release")
class EscoReleaseImportTest {

  static final String NURSE =
      "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";

  /** The release is imported once, by the first test, and removed after the last. */
  static EscoGraph graph;

  static ImportReport report;

  @Autowired Driver driver;
  @Autowired EscoImporter importer;
  @Autowired ExecutionGraphQlService graphQl;

  static Path releaseFolder() {
    return Path.of(System.getProperty("esco.dir", "../shared/esco-1.2.0"));
  }

  /** Per test, so that Surefire's closing line counts each test as skipped when there is none. */
  @BeforeEach
  void importTheReleaseOnce() {
    assumeTrue(
        Files.isRegularFile(releaseFolder().resolve("occupations_en.csv")),
        "No ESCO release at " + releaseFolder() + " (system property esco.dir)");
    if (report == null) {
      graph = new EscoGraph(driver);
      report =
          importer.importRelease(
              new ImportOptions(releaseFolder(), null, false), ImportListener.SILENT);
    }
  }

  @AfterAll
  static void removeEsco() {
    if (graph != null) {
      graph.clear();
    }
  }

  @Test
  void importsTheCountsTheReleasePublishes() {
    assertThat(report.version()).isEqualTo("1.2.0");
    assertThat(report.skipped()).isEmpty();
    assertThat(graph.nodes("Occupation")).isEqualTo(3_039);
    assertThat(graph.nodes("LearningOutcome")).isEqualTo(13_939);
    assertThat(graph.nodes("IscoGroup")).isEqualTo(619);
    assertThat(graph.nodes("OutcomeGroup")).isEqualTo(640);
    assertThat(graph.nodes("ConceptScheme")).isEqualTo(19);
    assertThat(graph.relationships("REQUIRES")).isEqualTo(129_004);
    assertThat(
            count(
                "MATCH ({source: 'esco'})-[r:REQUIRES {importance: 'essential'}]->() RETURN count(r)"))
        .isEqualTo(67_622);
    assertThat(graph.relationships("RELATED")).isEqualTo(5_818);
    assertThat(graph.relationships("IN_ISCO_GROUP")).isEqualTo(3_039);
    assertThat(graph.relationships("IN_COLLECTION")).isEqualTo(2_516);
  }

  @Test
  void importsBothHierarchiesWhole() {
    // broaderRelationsSkillPillar_en.csv: 20,822 rows.
    assertThat(
            count(
                "MATCH (:LearningOutcome {source: 'esco'})-[r:BROADER]->(:OutcomeGroup) RETURN count(r)"))
        .isEqualTo(13_723);
    assertThat(
            count(
                "MATCH (:LearningOutcome {source: 'esco'})-[r:BROADER]->(:LearningOutcome) RETURN count(r)"))
        .isEqualTo(6_463);
    assertThat(
            count(
                "MATCH (:OutcomeGroup {source: 'esco'})-[r:BROADER]->(:OutcomeGroup) RETURN count(r)"))
        .isEqualTo(636);
    // broaderRelationsOccPillar_en.csv: 3,652 rows (1,795 of them name the ISCO group).
    assertThat(
            count("MATCH (:IscoGroup {source: 'esco'})-[r:BROADER]->(:IscoGroup) RETURN count(r)"))
        .isEqualTo(609);
    assertThat(
            count(
                "MATCH (:Occupation {source: 'esco'})-[r:BROADER]->(:Occupation) RETURN count(r)"))
        .isEqualTo(1_248);
    assertThat(
            count(
                "MATCH (o:Occupation {source: 'esco'}) WHERE NOT (o)-[:IN_ISCO_GROUP]->()"
                    + " RETURN count(o)"))
        .isZero();
  }

  @Test
  void derivesTheBreadthOfEveryOutcomeFromTheRequirements() {
    // 129,004 rows name 128,987 distinct pairs: 17 pairs are listed as essential and optional.
    assertThat(count("MATCH (lo:LearningOutcome {source: 'esco'}) RETURN sum(lo.occupationCount)"))
        .isEqualTo(128_987);
    assertThat(
            count(
                "MATCH (lo:LearningOutcome {source: 'esco'})"
                    + " RETURN sum(lo.essentialOccupationCount)"))
        .isEqualTo(67_622);
  }

  @Test
  void storesLabelsTrimmedAndTheLongestFieldWhole() {
    assertThat(
            count(
                "MATCH (n:Occupation|LearningOutcome {source: 'esco'})"
                    + " WHERE n.prefLabel_en <> trim(n.prefLabel_en) RETURN count(n)"))
        .isZero();
    assertThat(
            count(
                "MATCH (o:Occupation {source: 'esco', prefLabel_en: 'artificial intelligence"
                    + " engineer'}) RETURN count(o)"))
        .isEqualTo(1);
    // hasTopConcept of the member-skills scheme is a 651,423-character field of 9,175 URIs.
    assertThat(
            count(
                "MATCH (:ConceptScheme {id: 'http://data.europa.eu/esco/concept-scheme/member-skills'})"
                    + "-[r:HAS_TOP_CONCEPT]->() RETURN count(r)"))
        .isEqualTo(8_934);
  }

  @Test
  void findsTheNurseWithHerNinetyTwoEssentialOutcomesAndTheirBroaderChains() {
    ExecutionGraphQlServiceTester.create(graphQl)
        .document(
            """
            query($id: ID!) {
              occupation(id: $id) {
                label releases
                outcomes(importance: ESSENTIAL) {
                  outcome { label broader { label broader { label broader { label } } } }
                }
              }
            }
            """)
        .variable("id", NURSE)
        .execute()
        .path("occupation.label")
        .entity(String.class)
        .isEqualTo("nurse responsible for general care")
        .path("occupation.releases")
        .entityList(String.class)
        .containsExactly("1.2.0")
        .path("occupation.outcomes")
        .entityList(Object.class)
        .hasSize(92)
        .path("occupation.outcomes[*].outcome.broader")
        .entityList(Object.class)
        .hasSize(92);
    // Every essential outcome reaches a top group (K, S, T, L ...) through its broader chain.
    assertThat(
            count(
                "MATCH (:Occupation {id: $id})-[:REQUIRES {importance: 'essential'}]->(lo)"
                    + " WHERE EXISTS { MATCH (lo)-[:BROADER*1..8]->(top:OutcomeGroup)"
                    + " WHERE NOT (top)-[:BROADER]->() }"
                    + " RETURN count(DISTINCT lo)",
                Map.of("id", NURSE)))
        .isEqualTo(92);
  }

  private long count(String cypher) {
    return graph.count(cypher);
  }

  private long count(String cypher, Map<String, Object> parameters) {
    return graph.count(cypher, parameters);
  }
}
