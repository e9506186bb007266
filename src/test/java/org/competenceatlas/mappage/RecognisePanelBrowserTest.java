package org.competenceatlas.mappage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competenceatlas.SeedWorldIds.SANNE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.competenceatlas.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * "Describe an experience" on the map page in a real Chromium: a learner's own words become
 * suggested outcomes, and the chosen ones become claims, in English and in Dutch. Skipped where
 * Chromium is not installed ({@link HeadlessChromium}).
 */
@AtlasTest
class RecognisePanelBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "map-screenshots");
  private static final String OUTCOME = "http://data.competence-atlas.org/outcome/";
  private static WebDriver browser;

  @LocalServerPort int port;
  @Autowired HttpGraphQlTester tester;
  private WebDriverWait wait;
  private String ruiLearner;

  @BeforeAll
  static void startChromium(@TempDir Path profile) {
    browser = HeadlessChromium.start(profile, 1440, 900);
  }

  @AfterAll
  static void stopChromium() {
    if (browser != null) browser.quit();
  }

  @BeforeEach
  void openThePage() {
    Assumptions.assumeTrue(browser != null, HeadlessChromium.MISSING);
    wait = new WebDriverWait(browser, Duration.ofSeconds(90));
    wait.ignoring(StaleElementReferenceException.class);
    browser.manage().window().setSize(new Dimension(1440, 900));
    browser.get("http://localhost:" + port + "/map");
    wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
  }

  @AfterEach
  void eraseRuisPortfolio() {
    if (ruiLearner != null) {
      rui()
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
  void aLearnerDescribesHerWorkInEnglishAndAcceptsTwoSuggestionsAsClaims() throws IOException {
    ruiLearner =
        rui()
            .document(
                "mutation { createLearner(input: {displayName: \"Rui Test\", preferredLanguage: \"en\"}) }")
            .execute()
            .path("createLearner")
            .entity(String.class)
            .get();
    var experience =
        rui()
            .document(
                """
                mutation($id: ID!) { addExperience(learnerId: $id, input: {kind: INFORMAL,
                  context: WORK, title: "Evening receptionist", startDate: "2022-01-01"}) { id } }
                """)
            .variable("id", ruiLearner)
            .execute()
            .path("addExperience.id")
            .entity(String.class)
            .get();
    signIn("rui");
    click(By.cssSelector("[data-learner='" + ruiLearner + "']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recognise-text")));

    type(
        "For three years I worked at the front desk of a city hotel. I answered the telephone and"
            + " took messages for guests, and I told guests about the hotel's rooms and"
            + " facilities.");
    click(By.id("recognise-suggest"));
    wait.until(d -> d.findElements(By.cssSelector("#recognise li.suggestion")).size() >= 5);

    assertThat(attribute("#recognise-results", "data-method")).isEqualTo("SENTENCE_MODEL");
    var suggested = suggestedIds();
    assertThat(suggested.subList(0, 5))
        .contains(OUTCOME + "answer-telephone-enquiries", OUTCOME + "inform-guests-hotel-services");
    assertThat(texts("#recognise li.suggestion .why"))
        .allSatisfy(why -> assertThat(why).startsWith("from “"));
    assertThat(claims(ruiLearner)).as("suggesting writes nothing").isEmpty();

    choose(OUTCOME + "answer-telephone-enquiries");
    choose(OUTCOME + "inform-guests-hotel-services");
    wait.until(
        d -> d.findElement(By.id("recognise-accept")).getText().equals("Accept as claims (2)"));
    shoot("recognise-suggestions.png", "#recognise");
    click(By.id("recognise-accept"));
    wait.until(
        d ->
            d.findElement(By.id("recognise-status"))
                .getText()
                .equals("2 outcomes added to the portfolio as self-assessed claims."));

    assertThat(claims(ruiLearner))
        .containsExactlyInAnyOrder(
            Map.of(
                "status", "SELF_ASSESSED",
                "outcome", Map.of("id", OUTCOME + "answer-telephone-enquiries"),
                "supportedBy", List.of(Map.of("id", experience))),
            Map.of(
                "status", "SELF_ASSESSED",
                "outcome", Map.of("id", OUTCOME + "inform-guests-hotel-services"),
                "supportedBy", List.of(Map.of("id", experience))));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#map [data-outcome='" + OUTCOME + "answer-telephone-enquiries']")));
    wait.until(
        d ->
            checkbox(OUTCOME + "answer-telephone-enquiries")
                .getDomProperty("disabled")
                .equals("true"));
  }

  @Test
  void anAdviserDescribesSannesWorkInDutchSeesDutchLabelsAndIsToldOnlySanneMayAccept()
      throws IOException {
    signIn("ella");
    click(By.cssSelector("[data-learner='" + SANNE + "']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recognise-text")));
    click(By.cssSelector("[data-lang='nl']"));
    wait.until(
        d -> d.findElement(By.id("recognise-heading")).getText().equals("Beschrijf een ervaring"));
    var claimsBefore = claimsOfSanne();

    type(
        "Ik werkte bij de receptie van een hotel. Ik nam de telefoon aan en beantwoordde klantvragen.");
    click(By.id("recognise-suggest"));
    wait.until(d -> !d.findElements(By.cssSelector("#recognise li.suggestion")).isEmpty());

    assertThat(attribute("#recognise-results", "data-method")).isEqualTo("FULL_TEXT");
    assertThat(texts("#recognise-notice"))
        .singleElement()
        .asString()
        .contains("Geen zinsmodel leest deze taal");
    assertThat(texts("#recognise .suggestion-label")).contains("telefonische vragen beantwoorden");
    assertThat(texts("#recognise li.suggestion .why"))
        .allSatisfy(why -> assertThat(why).startsWith("uit “"));
    click(By.cssSelector("#recognise li.suggestion input:not([disabled])"));
    shoot("recognise-suggestions-nl.png", "#recognise");
    click(By.id("recognise-accept"));
    wait.until(
        d -> d.findElement(By.id("recognise-status")).getText().startsWith("Alleen de lerende"));

    assertThat(claimsOfSanne()).isEqualTo(claimsBefore);
  }

  private HttpGraphQlTester rui() {
    return DemoUsers.as(tester, DemoUsers.RUI_RESEARCHER);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private List<Map> claims(String learnerId) {
    return rui()
        .document(
            "query($id: ID!) { learner(id: $id) { claims { status outcome { id } supportedBy { id } } } }")
        .variable("id", learnerId)
        .execute()
        .path("learner.claims")
        .entityList(Map.class)
        .get();
  }

  private int claimsOfSanne() {
    return DemoUsers.as(tester, DemoUsers.SANNE)
        .document("{ learner(id: \"learner-sanne\") { claims { id } } }")
        .execute()
        .path("learner.claims")
        .entityList(Map.class)
        .get()
        .size();
  }

  private void signIn(String user) {
    if (find("#signin").getDomAttribute("open") == null) find("#signin summary").click();
    find("#signin-user").clear();
    find("#signin-user").sendKeys(user);
    find("#signin-password").clear();
    find("#signin-password").sendKeys(DemoUsers.PASSWORD);
    find("#signin-submit").click();
    click(By.cssSelector("#signin summary"));
    wait.until(
        d -> d.findElement(By.id("signin-status")).getText().equals("Signed in as " + user + "."));
  }

  /**
   * Types the story into the panel's text field, again into the new field if the page re-renders
   * meanwhile, until the field holds it; a field not yet interactable (a busy machine renders the
   * panel late) is tried again.
   */
  private void type(String story) {
    wait.until(
        d -> {
          try {
            var field = d.findElement(By.id("recognise-text"));
            if (!story.equals(field.getDomProperty("value"))) {
              field.clear();
              field.sendKeys(story);
            }
            return story.equals(d.findElement(By.id("recognise-text")).getDomProperty("value"));
          } catch (ElementNotInteractableException | StaleElementReferenceException e) {
            return false;
          }
        });
  }

  private String attribute(String css, String name) {
    return wait.until(d -> d.findElement(By.cssSelector(css)).getDomAttribute(name));
  }

  private void choose(String outcomeId) {
    wait.until(
        d -> {
          var box = checkbox(outcomeId);
          if (!box.isEnabled()) return false;
          if (!box.isSelected()) box.click();
          return checkbox(outcomeId).isSelected();
        });
  }

  private WebElement checkbox(String outcomeId) {
    return browser.findElement(
        By.cssSelector("#recognise li[data-suggestion='" + outcomeId + "'] input[type=checkbox]"));
  }

  private List<String> suggestedIds() {
    return wait.until(
        d ->
            d.findElements(By.cssSelector("#recognise li.suggestion")).stream()
                .map(li -> li.getDomAttribute("data-suggestion"))
                .toList());
  }

  private List<String> texts(String css) {
    return wait.until(
        d -> d.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList());
  }

  private void click(By by) {
    wait.until(
        d -> {
          var element = ExpectedConditions.elementToBeClickable(by).apply(d);
          if (element == null) return false;
          element.click();
          return true;
        });
  }

  private WebElement find(String css) {
    return browser.findElement(By.cssSelector(css));
  }

  private void shoot(String name, String css) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    var shot = find(css).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
