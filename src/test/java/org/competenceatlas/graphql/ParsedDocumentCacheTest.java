package org.competenceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competenceatlas.SeedWorldIds.HOTEL_RECEPTIONIST;
import static org.competenceatlas.SeedWorldIds.NURSE;

import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@AtlasTest
class ParsedDocumentCacheTest {

  @Autowired HttpGraphQlTester graphQl;
  @Autowired ParsedDocumentCache cache;

  @Test
  void aDocumentSentAgainWithOtherVariablesIsParsedOnceAndAnswersForItsOwnVariables() {
    var document =
        "query parsedOnce($id: ID!) { occupation(id: $id) { id } } # " + System.nanoTime();
    long before = cache.size();

    var receptionist = graphQl.document(document).variable("id", HOTEL_RECEPTIONIST).execute();
    var nurse = graphQl.document(document).variable("id", NURSE).execute();

    assertThat(cache.size()).isEqualTo(before + 1);
    receptionist.path("occupation.id").entity(String.class).isEqualTo(HOTEL_RECEPTIONIST);
    nurse.path("occupation.id").entity(String.class).isEqualTo(NURSE);
  }

  @Test
  void anInvalidDocumentIsRefusedEveryTimeItIsSent() {
    var document = "{ occupation(id: \"x\") { noSuchField } } # " + System.nanoTime();

    for (int i = 0; i < 2; i++) {
      graphQl
          .document(document)
          .execute()
          .errors()
          .satisfy(
              errors ->
                  assertThat(errors)
                      .singleElement()
                      .satisfies(e -> assertThat(e.getMessage()).contains("noSuchField")));
    }
  }

  @Test
  void aDocumentLongerThanTheLimitIsNotKept() {
    var padding = "#".repeat(ParsedDocumentCache.MAX_CACHED_LENGTH);
    var document = "{ occupation(id: \"" + NURSE + "\") { id } }\n" + padding + System.nanoTime();
    long before = cache.size();

    graphQl
        .document(document)
        .execute()
        .path("occupation.id")
        .entity(String.class)
        .isEqualTo(NURSE);

    assertThat(cache.size()).isEqualTo(before);
  }
}
