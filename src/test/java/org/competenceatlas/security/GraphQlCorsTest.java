package org.competenceatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * The CORS rules Spring Security applies to the GraphQL endpoint come from {@code
 * spring.graphql.cors.*} without asking Spring MVC, and other paths are still asked of MVC.
 */
class GraphQlCorsTest {

  private static final CorsConfiguration FROM_MVC = new CorsConfiguration();
  private static final CorsConfigurationSource MVC = request -> FROM_MVC;

  @Test
  void allowsTheConfiguredOriginOnTheGraphQlEndpointWithBootsDefaultMethods() {
    var cors = new GraphQlCorsProperties();
    cors.setAllowedOrigins(List.of("https://app.example.org"));

    var rules =
        SecurityConfiguration.graphQlCors("/graphql", cors.toCorsConfiguration(), MVC)
            .getCorsConfiguration(request("", "/graphql"));

    assertThat(rules).isNotNull();
    assertThat(rules.checkOrigin("https://app.example.org")).isEqualTo("https://app.example.org");
    assertThat(rules.checkOrigin("https://attacker.example")).isNull();
    assertThat(rules.getAllowedMethods()).contains("GET", "POST");
  }

  @Test
  void givesNoRulesToTheGraphQlEndpointWhenNoOriginIsConfigured() {
    var source =
        SecurityConfiguration.graphQlCors(
            "/graphql", new GraphQlCorsProperties().toCorsConfiguration(), MVC);

    assertThat(source.getCorsConfiguration(request("", "/graphql"))).isNull();
  }

  @Test
  void asksMvcForEveryOtherPathAndHonoursTheContextPath() {
    var cors = new GraphQlCorsProperties();
    cors.setAllowedOrigins(List.of("https://app.example.org"));
    var source = SecurityConfiguration.graphQlCors("/graphql", cors.toCorsConfiguration(), MVC);

    assertThat(source.getCorsConfiguration(request("", "/actuator/health"))).isSameAs(FROM_MVC);
    assertThat(source.getCorsConfiguration(request("", "/graphql/schema"))).isSameAs(FROM_MVC);
    assertThat(source.getCorsConfiguration(request("/atlas", "/atlas/graphql")))
        .isNotSameAs(FROM_MVC)
        .isNotNull();
  }

  private static MockHttpServletRequest request(String contextPath, String uri) {
    var request = new MockHttpServletRequest("OPTIONS", uri);
    request.setContextPath(contextPath);
    return request;
  }
}
