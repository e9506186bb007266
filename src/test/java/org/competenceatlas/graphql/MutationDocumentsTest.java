package org.competenceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MutationDocumentsTest {

  private final MutationDocuments documents = new MutationDocuments();

  @Test
  void anAnonymousMutationIsAMutation() {
    assertThat(documents.isMutation("mutation { eraseMe { erased } }", null)).isTrue();
  }

  @Test
  void theNamedOperationDecidesInADocumentOfSeveral() {
    var document = "query Mine { me { name } } mutation Erase { eraseMe { erased } }";

    assertThat(documents.isMutation(document, "Erase")).isTrue();
    assertThat(documents.isMutation(document, "Mine")).isFalse();
    assertThat(documents.isMutation(document, "Unknown")).isFalse();
    assertThat(documents.isMutation(document, null)).isFalse();
  }

  @Test
  void anEmptyOperationNameRunsTheFirstOperationAsGraphQlJavaDoes() {
    assertThat(
            documents.isMutation("mutation M { eraseMe { erased } } query Q { me { name } }", ""))
        .isTrue();
    assertThat(
            documents.isMutation("query Q { me { name } } mutation M { eraseMe { erased } }", ""))
        .isFalse();
  }

  @Test
  void aDocumentTooLongOrWithTooManyTokensIsNotParsedAndCountsAsNoMutation() {
    var fields = " eraseMe { erased }".repeat(MutationDocuments.MAX_TOKENS / 4 + 10);
    assertThat(documents.isMutation("mutation {" + fields + " }", null)).isFalse();
    var padding = "#".repeat(ParsedDocumentCache.MAX_CACHED_LENGTH);
    assertThat(documents.isMutation("mutation { eraseMe { erased } }\n" + padding, null)).isFalse();
  }

  @Test
  void aQueryThatMentionsMutationsIsNoMutation() {
    assertThat(documents.isMutation("query mutations { search(text: \"mutation\") { id } }", null))
        .isFalse();
    assertThat(documents.isMutation("subscription mutations { changes { id } }", null)).isFalse();
  }

  @Test
  void aDocumentThatDoesNotParseIsNoMutation() {
    assertThat(documents.isMutation("mutation { eraseMe { ", null)).isFalse();
    assertThat(documents.isMutation(null, null)).isFalse();
  }
}
