package org.competenceatlas.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.competenceatlas.SeedWorldIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Recognition on the seed world: suggestions from a story in English (the sentence model) and in
 * Dutch (the full-text fallback over the seed world's Dutch labels), suggestions for an experience,
 * accepting them, and every refusal writing nothing.
 */
@AtlasTest
class RecognitionGraphQlTest {

  static final String OUTCOME = "http://data.competence-atlas.org/outcome/";
  static final String SUGGEST =
      """
      query($text: String!, $language: String, $learner: ID, $first: Int) {
        suggestOutcomes(text: $text, language: $language, learnerId: $learner, first: $first) {
          method model language notice phrases
          suggestions {
            outcome { id } strength phrase phraseStart phraseEnd label description reuseLevel
            alreadyClaimed
          }
        }
      }
      """;
  static final String ACCEPT =
      """
      mutation($learner: ID!, $experience: ID!, $suggestions: [AcceptedSuggestionInput!]!) {
        acceptSuggestedClaims(learnerId: $learner, experienceId: $experience,
                              input: { suggestions: $suggestions }) {
          id status proficiency note outcome { id } supportedBy { id }
        }
      }
      """;

  @Autowired HttpGraphQlTester tester;
  @Autowired Driver driver;
  String ruiLearner;

  @AfterEach
  void eraseRuisPortfolio() {
    if (ruiLearner != null) {
      as(DemoUsers.RUI_RESEARCHER)
          .document(
              "mutation($id: ID!) { erasePersonalData(learnerId: $id, confirm: true) { nodesDeleted } }")
          .variable("id", ruiLearner)
          .execute()
          .path("erasePersonalData.nodesDeleted")
          .hasValue();
      ruiLearner = null;
    }
  }

  @Test
  void oneEnglishStoryYieldsSeveralOutcomesEachWithThePhraseItRestsOn() {
    var text =
        "For three years I worked at the front desk of a city hotel. I answered the telephone and"
            + " took messages for guests, and I told guests about the hotel's rooms and facilities.";

    var answer = suggest(tester, text, "en", null, 10);

    assertThat(answer.get("method")).isEqualTo("SENTENCE_MODEL");
    assertThat(answer.get("notice")).isNull();
    var suggestions = suggestions(answer);
    var firstFive = suggestions.subList(0, 5).stream().map(RecognitionGraphQlTest::id).toList();
    assertThat(firstFive)
        .contains(OUTCOME + "answer-telephone-enquiries", OUTCOME + "inform-guests-hotel-services");
    var phrases =
        suggestions.subList(0, 5).stream().map(s -> (String) s.get("phrase")).distinct().toList();
    assertThat(phrases).hasSizeGreaterThan(1);
    for (var suggestion : suggestions) {
      int start = (int) suggestion.get("phraseStart");
      int end = (int) suggestion.get("phraseEnd");
      assertThat(text.substring(start, end)).isEqualTo(suggestion.get("phrase"));
      assertThat((double) suggestion.get("strength")).isBetween(0.0, 1.0);
      assertThat((String) suggestion.get("label")).isNotBlank();
      assertThat(suggestion.get("alreadyClaimed")).isNull();
    }
    assertThat(suggestions)
        .extracting(s -> (double) s.get("strength"))
        .first()
        .isEqualTo(
            suggestions.stream().mapToDouble(s -> (double) s.get("strength")).max().orElseThrow());
  }

  @Test
  void aDutchStoryIsLookedUpInTheDutchLabelsAndTheAnswerSaysWhy() {
    var answer =
        suggest(
            tester,
            "Ik werkte bij de receptie. Ik nam de telefoon aan en beantwoordde klantvragen.",
            "nl",
            null,
            10);

    assertThat(answer.get("method")).isEqualTo("FULL_TEXT");
    assertThat(answer.get("model")).isNull();
    assertThat((String) answer.get("notice")).contains("multilingual").contains("'nl'");
    var suggestions = suggestions(answer);
    assertThat(suggestions.stream().map(RecognitionGraphQlTest::id))
        .contains(OUTCOME + "answer-telephone-enquiries", OUTCOME + "provide-customer-information");
    var telephone =
        suggestions.stream()
            .filter(s -> id(s).equals(OUTCOME + "answer-telephone-enquiries"))
            .findFirst()
            .orElseThrow();
    assertThat(telephone.get("label")).isEqualTo("telefonische vragen beantwoorden");
    assertThat((String) telephone.get("phrase")).contains("telefoon");
  }

  @Test
  void aNamedLearnersClaimsAreMarked() {
    var answer =
        suggest(
            DemoUsers.as(tester, DemoUsers.SANNE),
            "On weekends I help residents of a care home to eat and drink at lunch.",
            "en",
            SeedWorldIds.SANNE,
            10);

    var eating =
        suggestions(answer).stream()
            .filter(s -> id(s).equals(OUTCOME + "assist-eating-drinking"))
            .findFirst()
            .orElseThrow();
    assertThat(eating.get("alreadyClaimed")).isEqualTo(true);
    assertThat(suggestions(answer))
        .allSatisfy(s -> assertThat(s.get("alreadyClaimed")).isInstanceOf(Boolean.class));
  }

  @Test
  void suggestionsForAnExperienceThatIsNotTheLearnersAreNotFound() {
    var errors =
        errors(
            DemoUsers.as(tester, DemoUsers.ELLA)
                .document(
                    """
                    query { suggestClaims(learnerId: "learner-sanne", experienceId: "exp-none") {
                      method } }
                    """)
                .execute());

    assertThat(errors)
        .singleElement()
        .satisfies(e -> assertThat(e.getErrorType()).hasToString("NOT_FOUND"));
  }

  @Test
  void anAdviserGetsSuggestionsForAnExperienceButOnlyTheLearnerMayAcceptThem() {
    var before = nodes();
    var answer =
        DemoUsers.as(tester, DemoUsers.ELLA)
            .document(
                """
                query { suggestClaims(learnerId: "learner-sanne", experienceId: "exp-sanne-hotel") {
                  method suggestions { outcome { id } phrase alreadyClaimed } } }
                """)
            .execute()
            .path("suggestClaims")
            .entity(Map.class)
            .get();
    assertThat(suggestions(answer)).isNotEmpty();
    assertThat(nodes()).isEqualTo(before);

    var refused =
        DemoUsers.as(tester, DemoUsers.ELLA)
            .document(ACCEPT)
            .variable("learner", SeedWorldIds.SANNE)
            .variable("experience", "exp-sanne-hotel")
            .variable("suggestions", List.of(Map.of("outcomeId", id(suggestions(answer).get(0)))))
            .execute();
    assertThat(errors(refused))
        .singleElement()
        .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
    assertThat(nodes()).isEqualTo(before);
  }

  @Test
  void theLearnerAcceptsSuggestionsAsSelfAssessedClaimsOfTheExperienceInOneAuditedStep() {
    ruiLearner = createRuisPortfolio();
    var experience = addExperience(ruiLearner);
    var rui = as(DemoUsers.RUI_RESEARCHER);
    var nodesBefore = nodes();
    var suggested =
        rui.document(
                """
                query($learner: ID!, $experience: ID!) {
                  suggestClaims(learnerId: $learner, experienceId: $experience, first: 5) {
                    suggestions { outcome { id } phrase alreadyClaimed } } }
                """)
            .variable("learner", ruiLearner)
            .variable("experience", experience)
            .execute()
            .path("suggestClaims")
            .entity(Map.class)
            .get();
    assertThat(nodes()).as("suggesting writes nothing").isEqualTo(nodesBefore);
    var chosen = suggestions(suggested).subList(0, 2);
    assertThat(chosen).allSatisfy(s -> assertThat(s.get("alreadyClaimed")).isEqualTo(false));

    var claims =
        rui.document(ACCEPT)
            .variable("learner", ruiLearner)
            .variable("experience", experience)
            .variable(
                "suggestions",
                List.of(
                    Map.of("outcomeId", id(chosen.get(0)), "note", chosen.get(0).get("phrase")),
                    Map.of("outcomeId", id(chosen.get(1)), "proficiency", "INTERMEDIATE")))
            .execute()
            .path("acceptSuggestedClaims")
            .entityList(Map.class)
            .get();

    assertThat(claims).hasSize(2);
    assertThat(claims).allSatisfy(c -> assertThat(c.get("status")).isEqualTo("SELF_ASSESSED"));
    assertThat(claims.get(0).get("proficiency")).isEqualTo("BASIC");
    assertThat(claims.get(0).get("note")).isEqualTo(chosen.get(0).get("phrase"));
    assertThat(claims.get(1).get("proficiency")).isEqualTo("INTERMEDIATE");
    assertThat(claims)
        .allSatisfy(
            c -> assertThat(c.get("supportedBy")).isEqualTo(List.of(Map.of("id", experience))));
    var trail =
        rui.document(
                "query($id: ID!) { auditTrail(learnerId: $id, first: 5) { edges { node { action detail } } } }")
            .variable("id", ruiLearner)
            .execute()
            .path("auditTrail.edges[0].node")
            .entity(Map.class)
            .get();
    assertThat(trail.get("action")).isEqualTo("acceptSuggestedClaims");
    assertThat((String) trail.get("detail")).contains(id(chosen.get(0))).contains(experience);

    var again = suggest(rui, "I worked at the front desk of a hotel.", "en", ruiLearner, 50);
    assertThat(suggestions(again).stream().filter(s -> id(s).equals(id(chosen.get(0)))))
        .allSatisfy(s -> assertThat(s.get("alreadyClaimed")).isEqualTo(true));
  }

  static Stream<Arguments> badAcceptances() {
    return Stream.of(
        Arguments.of(
            "an outcome that does not exist",
            OUTCOME + "juggling",
            null,
            "input.suggestions[1].outcomeId"),
        Arguments.of(
            "the same outcome twice",
            OUTCOME + "answer-telephone-enquiries",
            null,
            "input.suggestions[1].outcomeId"),
        Arguments.of(
            "another learner's experience",
            OUTCOME + "provide-customer-information",
            "exp-sanne-hotel",
            "experienceId"));
  }

  @ParameterizedTest(name = "accepting {0} is refused and writes nothing")
  @MethodSource("badAcceptances")
  void aBadAcceptanceIsRefusedAndWritesNothing(
      String what, String outcomeId, String experienceId, String argument) {
    ruiLearner = createRuisPortfolio();
    var experience = experienceId == null ? addExperience(ruiLearner) : experienceId;
    var nodesBefore = nodes();

    var response =
        as(DemoUsers.RUI_RESEARCHER)
            .document(ACCEPT)
            .variable("learner", ruiLearner)
            .variable("experience", experience)
            .variable(
                "suggestions",
                List.of(
                    Map.of("outcomeId", OUTCOME + "answer-telephone-enquiries"),
                    Map.of("outcomeId", outcomeId)))
            .execute();

    assertThat(errors(response))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
              assertThat(e.getExtensions()).containsEntry("argument", argument);
            });
    assertThat(nodes()).isEqualTo(nodesBefore);
  }

  static Stream<Arguments> badTexts() {
    return Stream.of(
        Arguments.of("an empty text", "  ", "en", "text"),
        Arguments.of("a text over the limit", "I cooked. ".repeat(401), "en", "text"),
        Arguments.of("a control character", "I cooked\u0000 for guests.", "en", "text"),
        Arguments.of("an unknown language", "I cooked for guests.", "xx", "language"));
  }

  @ParameterizedTest(name = "{0} is a BAD_REQUEST")
  @MethodSource("badTexts")
  void badInputIsRefusedByName(String what, String text, String language, String argument) {
    var nodesBefore = nodes();

    var response =
        tester.document(SUGGEST).variable("text", text).variable("language", language).execute();

    assertThat(errors(response))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
              assertThat(e.getExtensions()).containsEntry("argument", argument);
            });
    assertThat(nodes()).isEqualTo(nodesBefore);
  }

  @Test
  void aLearnerTheCallerMayNotSeeIsRefusedAsForbidden() {
    var response =
        DemoUsers.as(tester, DemoUsers.DAAN)
            .document(SUGGEST)
            .variable("text", "I cooked for guests.")
            .variable("learner", SeedWorldIds.SANNE)
            .execute();

    assertThat(errors(response))
        .singleElement()
        .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
  }

  private HttpGraphQlTester as(String user) {
    return DemoUsers.as(tester, user);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> suggest(
      GraphQlTester graphQl, String text, String language, String learner, int first) {
    return graphQl
        .document(SUGGEST)
        .variable("text", text)
        .variable("language", language)
        .variable("learner", learner)
        .variable("first", first)
        .execute()
        .path("suggestOutcomes")
        .entity(Map.class)
        .get();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> suggestions(Map<?, ?> answer) {
    return (List<Map<String, Object>>) answer.get("suggestions");
  }

  @SuppressWarnings("unchecked")
  static String id(Map<String, Object> suggestion) {
    return (String) ((Map<String, Object>) suggestion.get("outcome")).get("id");
  }

  private String createRuisPortfolio() {
    return as(DemoUsers.RUI_RESEARCHER)
        .document(
            "mutation { createLearner(input: {displayName: \"Rui Test\", preferredLanguage: \"en\"}) }")
        .execute()
        .path("createLearner")
        .entity(String.class)
        .get();
  }

  private String addExperience(String learnerId) {
    return as(DemoUsers.RUI_RESEARCHER)
        .document(
            """
            mutation($id: ID!) {
              addExperience(learnerId: $id, input: {kind: INFORMAL, context: WORK,
                title: "Evening receptionist", startDate: "2022-01-01",
                description: "I answered the telephone and told guests about the hotel's services."})
              { id }
            }
            """)
        .variable("id", learnerId)
        .execute()
        .path("addExperience.id")
        .entity(String.class)
        .get();
  }

  private long nodes() {
    try (var session = driver.session()) {
      return session
          .run("MATCH (n) WHERE NOT n:AccessEvent RETURN count(n) AS n")
          .single()
          .get("n")
          .asLong();
    }
  }

  private static List<ResponseError> errors(GraphQlTester.Response response) {
    var errors = new ArrayList<ResponseError>();
    response.errors().satisfy(errors::addAll);
    return errors;
  }
}
