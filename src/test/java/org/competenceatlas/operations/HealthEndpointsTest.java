package org.competenceatlas.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointWebExtension;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the health endpoints tell a load balancer, an orchestrator and an operator. */
@AtlasTest
class HealthEndpointsTest {

  @LocalServerPort int port;
  @Autowired HealthEndpointGroups groups;
  @Autowired HealthEndpointWebExtension health;
  @Autowired org.competenceatlas.infrastructure.SchemaMigrations migrations;

  /** Readiness waits for the transfer index, which is built in the background after start-up. */
  @BeforeEach
  void awaitTheTransferIndex() throws Exception {
    var deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
    while (!get("/actuator/health/readiness").body().contains("\"UP\"")
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
  }

  @Test
  void livenessAndReadinessAreUpAndShowAnonymousCallersTheStatusAlone() throws Exception {
    for (var probe : new String[] {"liveness", "readiness"}) {
      var response = get("/actuator/health/" + probe);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }
  }

  @Test
  void readinessCoversTheDatabaseTheSchemaAndTheTaxonomyButLivenessDependsOnNone() {
    var readiness = groups.get("readiness");
    var liveness = groups.get("liveness");

    assertThat(
            Set.of("readinessState", "neo4j", "schema", "taxonomy", "transferIndex", "requestPath"))
        .allSatisfy(member -> assertThat(readiness.isMember(member)).as(member).isTrue());
    assertThat(liveness.isMember("livenessState")).isTrue();
    assertThat(Set.of("neo4j", "schema", "taxonomy", "readinessState", "requestPath"))
        .allSatisfy(member -> assertThat(liveness.isMember(member)).as(member).isFalse());
  }

  @Test
  void onlyAnAdminIsAuthorisedToSeeHealthDetails() {
    for (var group : new String[] {"readiness", "liveness"}) {
      assertThat(groups.get(group).showDetails(as("operator", "ROLE_ADMIN"))).isTrue();
      assertThat(groups.get(group).showDetails(as("adviser", "ROLE_ADVISER"))).isFalse();
      assertThat(groups.get(group).showDetails(SecurityContext.NONE)).isFalse();
    }
    assertThat(groups.getPrimary().showComponents(SecurityContext.NONE)).isFalse();
  }

  @Test
  void anAdminSeesWhichTaxonomyTheSchemaVersionAndTheDatabaseBehindReadiness() {
    var readiness =
        (CompositeHealthDescriptor)
            health
                .health(
                    ApiVersion.V3,
                    WebServerNamespace.SERVER,
                    as("operator", "ROLE_ADMIN"),
                    "readiness")
                .getBody();

    assertThat(readiness.getStatus()).isEqualTo(Status.UP);
    assertThat(readiness.getComponents()).containsKeys("readinessState", "neo4j");
    var schema = (IndicatedHealthDescriptor) readiness.getComponents().get("schema");
    assertThat(schema.getStatus()).isEqualTo(Status.UP);
    int shipped = migrations.currentVersion();
    assertThat(shipped).isGreaterThanOrEqualTo(3);
    assertThat(schema.getDetails())
        .containsEntry("version", shipped)
        .containsEntry("expectedVersion", shipped);
    var taxonomy = (IndicatedHealthDescriptor) readiness.getComponents().get("taxonomy");
    assertThat(taxonomy.getStatus()).isEqualTo(Status.UP);
    assertThat((long) taxonomy.getDetails().get("occupations")).isGreaterThanOrEqualTo(20);
    assertThat((long) taxonomy.getDetails().get("learningOutcomes")).isGreaterThanOrEqualTo(120);
    assertThat(taxonomy.getDetails().get("datasets").toString()).contains("seed-world");
  }

  @Test
  void exposesHealthInfoAndPrometheusButNoOtherEndpoint() throws Exception {
    assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/prometheus", "admin").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/prometheus").statusCode())
        .as("metrics carry client-chosen names: operators only")
        .isEqualTo(401);
    assertThat(get("/actuator/prometheus", "ella").statusCode()).isEqualTo(403);
    for (var hidden : new String[] {"env", "beans", "configprops", "heapdump", "loggers"}) {
      assertThat(get("/actuator/" + hidden).statusCode()).as(hidden).isEqualTo(404);
    }
  }

  @Test
  void overHttpTheSignedInAdminSeesDetailsAndAResearcherDoesNot() throws Exception {
    var admin = get("/actuator/health/readiness", "admin");
    var researcher = get("/actuator/health/readiness", "rui");

    assertThat(admin.body()).contains("\"components\"", "\"taxonomy\"", "\"schema\"");
    assertThat(researcher.body()).isEqualTo("{\"status\":\"UP\"}");
  }

  private HttpResponse<String> get(String path, String demoUser) throws Exception {
    var credentials = demoUser + ":" + org.competenceatlas.DemoUsers.PASSWORD;
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header(
                "Authorization",
                "Basic "
                    + java.util.Base64.getEncoder()
                        .encodeToString(
                            credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A caller as Spring Security presents one to the health endpoint. */
  private static SecurityContext as(String name, String role) {
    Principal principal = () -> name;
    return new SecurityContext() {
      @Override
      public Principal getPrincipal() {
        return principal;
      }

      @Override
      public boolean isUserInRole(String asked) {
        return Map.of(role, true).containsKey(asked);
      }
    };
  }
}
