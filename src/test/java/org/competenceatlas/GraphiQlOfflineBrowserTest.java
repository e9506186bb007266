package org.competenceatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GraphiQL, the README's first stop, in a Chromium that can reach no host but this machine: the
 * page loads everything it needs from the app and runs the README's first query.
 */
@AtlasTest
class GraphiQlOfflineBrowserTest {

  private static WebDriver browser;

  @LocalServerPort int port;

  @BeforeAll
  static void startChromiumWithoutNetwork(@TempDir Path profile) {
    // Every host name but localhost fails to resolve, as on a machine without internet.
    browser =
        HeadlessChromium.start(
            profile, 1280, 900, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
  }

  @AfterAll
  static void stopChromium() {
    if (browser != null) browser.quit();
  }

  @Test
  void theReadmesFirstQueryRunsInGraphiQlWithoutInternet() throws IOException {
    Assumptions.assumeTrue(browser != null, HeadlessChromium.MISSING);
    var query = firstReadmeQuery();
    assertThat(query).contains("searchOccupations");

    browser.get(
        "http://localhost:"
            + port
            + "/graphiql?path=/graphql&query="
            + URLEncoder.encode(query, StandardCharsets.UTF_8));
    var wait = new WebDriverWait(browser, Duration.ofSeconds(90));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".graphiql-execute-button")))
        .click();
    // The response editor draws only the lines in view: the first hits are enough.
    wait.until(d -> resultText().contains("\"searchOccupations\""));

    assertThat(resultText())
        .contains("\"label\": \"office receptionist\"")
        .doesNotContain("\"errors\"");
    @SuppressWarnings("unchecked")
    var loaded =
        (List<String>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".concat([location.href])");
    assertThat(loaded)
        .isNotEmpty()
        .allSatisfy(url -> assertThat(url).startsWith("http://localhost:" + port + "/"));
  }

  private String resultText() {
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript(
                "const r = document.querySelector('.result-window');"
                    + " return r ? r.textContent : '';");
  }

  /** The first GraphQL block of the README: the example it tells a newcomer to try first. */
  private static String firstReadmeQuery() throws IOException {
    var readme = Files.readString(Path.of("README.md"));
    var block = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("a ```graphql block in README.md").isTrue();
    return block.group(1);
  }
}
