package org.competenceatlas.mappage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The app itself serves the map page and its modules; no other server is involved. */
@AtlasTest
class MapPageServingTest {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theFolderAddressServesThePageThatLoadsItsModulesRelativeToIt() throws Exception {
    var page = get("/map/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("<script type=\"module\" src=\"main.js\">");
  }

  @Test
  void theAddressWithoutSlashRedirectsToTheFolderSoRelativeModulesResolve() throws Exception {
    var response = get("/map");

    assertThat(response.statusCode()).isBetween(301, 308);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/map/"));
  }

  @Test
  void everyModuleThePageImportsIsServedAsJavaScript() throws Exception {
    for (var module :
        new String[] {
          "main.js", "api.js", "session.js", "strings.js", "map-view.js", "details.js", "dom.js"
        }) {
      var response = get("/map/" + module);

      assertThat(response.statusCode()).as(module).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .as(module)
          .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
    }
  }
}
