package org.competenceatlas.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.infrastructure.EmbeddedNeo4j;
import org.competenceatlas.infrastructure.ErasedDataPurge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Erased words are gone from the live store's transaction logs once the purge that follows every
 * erasure has run (at most atlas.erasure.purge-delay later; here it is run at once).
 */
@AtlasTest
class ErasedDataPurgeTest {

  @Autowired HttpGraphQlTester graphQl;
  @Autowired EmbeddedNeo4j neo4j;
  @Autowired ErasedDataPurge purge;

  @Test
  void afterErasureAndItsPurgeNoTransactionLogHoldsTheErasedText() throws IOException {
    // Long and mixed, so Neo4j stores it as plain text rather than in a packed short form.
    var marker = "Erase-me " + UUID.randomUUID() + " / plain ASCII marker, 1234567890!";
    var learnerId =
        Portfolios.owner(graphQl)
            .document(
                "mutation($name: String!) { createLearner(input: {displayName: $name,"
                    + " preferredLanguage: \"en\"}) }")
            .variable("name", marker)
            .execute()
            .path("createLearner")
            .entity(String.class)
            .get();
    assertThat(logsHolding(marker)).as("written to the logs first").isPositive();

    Portfolios.erase(graphQl, learnerId);
    purge.purgeNow();

    assertThat(logsHolding(marker)).isZero();
  }

  private long logsHolding(String marker) throws IOException {
    var bytes = marker.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.list(neo4j.transactionLogDirectory())) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              file -> {
                try {
                  return indexOf(Files.readAllBytes(file), bytes) >= 0;
                } catch (IOException e) {
                  return false;
                }
              })
          .count();
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
