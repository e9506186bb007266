package org.competenceatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.competenceatlas.SeedWorldIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Sign-in with an identity provider's bearer tokens (jwt mode): the token's signature, audience and
 * expiry are checked, and its subject and roles claim make the actor. The tokens are signed here
 * with a key pair whose public half the application is configured with, as it would be with a
 * provider's published key.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "atlas.security.mode=jwt",
      "atlas.security.jwt.roles-claim=realm_access.roles",
      "spring.security.oauth2.resourceserver.jwt.audiences=competence-atlas"
    })
@ActiveProfiles("test")
@org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient
class BearerTokenSignInTest {

  private static final KeyPair KEYS = keyPair();
  private static final String LEARNER_QUERY =
      "query { learner(id: \"" + SeedWorldIds.SANNE + "\") { displayName } }";

  WebTestClient web;

  /** The first requests wait for the transfer index on a busy machine; 5 s is not enough. */
  @Autowired
  void patientClient(WebTestClient client) {
    web = client.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();
  }

  @DynamicPropertySource
  static void publicKey(DynamicPropertyRegistry registry) throws IOException {
    var pem = Files.createTempFile("atlas-test-key", ".pem");
    pem.toFile().deleteOnExit();
    Files.writeString(
        pem,
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n");
    registry.add(
        "spring.security.oauth2.resourceserver.jwt.public-key-location",
        () -> pem.toUri().toString());
  }

  @Test
  void anAdviserTokenWithTheLearnersGrantReadsThePortfolio() {
    var body = post(LEARNER_QUERY, token("ella", "competence-atlas", List.of("adviser"), 300));

    assertThat(body)
        .containsEntry("data", Map.of("learner", Map.of("displayName", "Sanne Verhoeven")));
  }

  @Test
  void theTokensSubjectMustHoldAGrant() {
    var body = post(LEARNER_QUERY, token("someone", "competence-atlas", List.of("ADVISER"), 300));

    assertThat(body.toString()).contains("FORBIDDEN");
  }

  @Test
  void withoutATokenTheTaxonomyIsOpenAndPortfoliosAreNot() {
    var taxonomy = post("query { occupation(id: \"" + SeedWorldIds.NURSE + "\") { id } }", null);
    var portfolio = post(LEARNER_QUERY, null);

    assertThat(taxonomy).doesNotContainKey("errors");
    assertThat(portfolio.toString()).contains("UNAUTHORIZED");
  }

  @Test
  void aTokenForAnotherAudienceOrExpiredOrForgedIsRefusedAtTheDoor() throws Exception {
    var otherAudience = token("ella", "another-api", List.of("ADVISER"), 300);
    var expired = token("ella", "competence-atlas", List.of("ADVISER"), -300);
    var forged = sign("ella", "competence-atlas", List.of("ADVISER"), 300, keyPair());

    for (var token : List.of(otherAudience, expired, forged)) {
      web.post()
          .uri("/graphql")
          .contentType(MediaType.APPLICATION_JSON)
          .headers(headers -> headers.setBearerAuth(token))
          .bodyValue(Map.of("query", LEARNER_QUERY))
          .exchange()
          .expectStatus()
          .isUnauthorized();
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> post(String query, String token) {
    return web.post()
        .uri("/graphql")
        .contentType(MediaType.APPLICATION_JSON)
        .headers(
            headers -> {
              if (token != null) {
                headers.setBearerAuth(token);
              }
            })
        .bodyValue(Map.of("query", query))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  private static String token(String subject, String audience, List<String> roles, int seconds) {
    try {
      return sign(subject, audience, roles, seconds, KEYS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sign(
      String subject, String audience, List<String> roles, int seconds, KeyPair keys)
      throws Exception {
    var now = Instant.now();
    var claims =
        new JWTClaimsSet.Builder()
            .subject(subject)
            .audience(audience)
            .issueTime(Date.from(now.minusSeconds(600)))
            .expirationTime(Date.from(now.plusSeconds(seconds)))
            .claim("realm_access", Map.of("roles", roles))
            .build();
    var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    jwt.sign(new RSASSASigner(keys.getPrivate()));
    return jwt.serialize();
  }

  private static KeyPair keyPair() {
    try {
      var generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
