package org.competenceatlas.mappage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competenceatlas.SeedWorldIds.HOTEL_RECEPTIONIST;
import static org.competenceatlas.SeedWorldIds.INFORM_GUESTS;
import static org.competenceatlas.SeedWorldIds.NURSE;
import static org.competenceatlas.SeedWorldIds.SANNE;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An adviser's walk-throughs of the map page in a real Chromium, against the app with the seed
 * world. Skipped where Debian's chromium and chromium-driver are not installed ({@link
 * HeadlessChromium}).
 */
@AtlasTest
class MapPageBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "map-screenshots");
  private static final int WIDTH = 1440;
  private static final int HEIGHT = 900;

  private static WebDriver browser;

  @LocalServerPort int port;
  private WebDriverWait wait;

  @BeforeAll
  static void startChromium(@TempDir Path profile) {
    browser = HeadlessChromium.start(profile, WIDTH, HEIGHT);
  }

  @AfterAll
  static void stopChromium() {
    if (browser != null) browser.quit();
  }

  @BeforeEach
  void openThePage() {
    // Checked per test, so that a machine without a browser reports each walk-through as skipped.
    Assumptions.assumeTrue(browser != null, HeadlessChromium.MISSING);
    // The page re-renders whole sections; an element found just before a re-render goes stale,
    // so every wait finds its elements again on the next poll instead of failing.
    wait = new WebDriverWait(browser, Duration.ofSeconds(90));
    wait.ignoring(StaleElementReferenceException.class);
    browser.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
    browser.get("http://localhost:" + port + "/map");
    wait.until(d -> "true".equals(find("body").getDomAttribute("data-ready")));
    // Record the Authorization header of every request the page makes from here on.
    script(
        "window.sentAuthorization = [];"
            + "const send = window.fetch;"
            + "window.fetch = (url, init) => {"
            + "  window.sentAuthorization.push((init.headers || {}).Authorization || null);"
            + "  return send(url, init); };");
  }

  @Test
  void anAdviserWalksFromTheHotelReceptionistToTheNurseWithTheKeyboardAndSeesWhyTheGapAndARoute()
      throws IOException {
    type("search-text", "receptionist");
    find("#search-submit").click();
    clickWhenClickable(byData("occupation", HOTEL_RECEPTIONIST));
    wait.until(ExpectedConditions.presenceOfElementLocated(destination(NURSE)));

    assertThat(attribute(destination(NURSE), "aria-label")).startsWith("nurse, occupation, fit ");
    assertThat(text(byData("outcome", INFORM_GUESTS)))
        .contains("inform guests about hotel services");
    assertThat(browser.findElements(By.cssSelector("g.destination"))).hasSizeGreaterThan(6);
    shootWindow("map-receptionist.png");

    tabUntilFocused(destination(NURSE));
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    waitForExplanationOf("nurse");

    assertThat(texts("#details td.path"))
        .anySatisfy(
            path ->
                assertThat(path)
                    .contains(
                        " → informing clients and the public ← inform patients and relatives about care"));
    assertThat(texts("#details ol.gap li"))
        .anySatisfy(gap -> assertThat(gap).contains("pharmacology basics"));
    assertThat(texts("#details li.offer"))
        .anySatisfy(offer -> assertThat(offer).contains("Clinical skills lab"));
    assertThat(texts("#details tr.area td.number"))
        .anySatisfy(count -> assertThat(count).matches("[1-9][0-9]* of [0-9]+"));
    assertThat(texts("#details li.route")).isNotEmpty();
    assertThat(texts("#details li.route .route-summary"))
        .allSatisfy(
            route ->
                assertThat(route)
                    .startsWith("Route ")
                    .contains("hotel receptionist →")
                    .endsWith(")"));
    assertThat(browser.findElements(By.cssSelector("#map g.gap-item")))
        .hasSameSizeAs(browser.findElements(By.cssSelector("#details ol.gap li")));
    assertThat(script("return document.activeElement.id")).isEqualTo("details-heading");
    assertThat(attribute(destination(NURSE), "aria-pressed")).isEqualTo("true");
    shootElement("map-receptionist-to-nurse.png", "#map-section");
    shootElement("map-receptionist-to-nurse-explanation.png", "#details");
  }

  @Test
  void aSignedInAdviserOpensSannesMapAndSeesHerHotelWorkCarryOverToNursingInBothLanguages()
      throws IOException {
    signIn("ella", "atlas-demo");
    wait.until(d -> find("#signin-status").getText().equals("Signed in as ella."));

    assertThat(find("#signin-password").getDomProperty("value")).isEmpty();
    assertThat(script("return localStorage.length + sessionStorage.length")).isEqualTo(0L);
    wait.until(ExpectedConditions.elementToBeClickable(byData("learner", SANNE)));
    assertThat(text(byData("learner", SANNE))).startsWith("Sanne Verhoeven").endsWith("as adviser");
    clickWhenClickable(byData("learner", SANNE));
    wait.until(ExpectedConditions.elementToBeClickable(destination(NURSE)));

    assertThat(attribute(destination(NURSE), "aria-label")).endsWith("one of the learner’s goals");
    String volunteerTitle =
        wait.until(
            d ->
                d.findElement(byData("anchor", "exp-sanne-elderly-volunteer"))
                    .findElement(By.tagName("title"))
                    .getDomProperty("textContent"));
    assertThat(volunteerTitle)
        .isEqualTo(
            "Weekend volunteer in elderly care — informal · volunteering · Woonzorgcentrum De Linde");
    clickWhenClickable(destination(NURSE));
    waitForExplanationOf("nurse");

    assertThat(text("#details-heading")).isEqualTo("From Sanne Verhoeven to nurse");
    assertThat(texts("#details td.path"))
        .anySatisfy(
            path ->
                assertThat(path)
                    .startsWith(
                        "inform guests about hotel services → informing clients and the public ← inform patients and relatives about care")
                    .contains("(similar meaning 0."));
    assertThat(texts("#details li.route .route-summary"))
        .anySatisfy(
            route -> assertThat(route).contains("Sanne Verhoeven → health care assistant → nurse"));
    assertThat(texts("#details li.step"))
        .anySatisfy(step -> assertThat(step).contains("stepping stone"));
    shootElement("map-learner-sanne-to-nurse.png", "#map-section");
    shootElement("map-learner-sanne-to-nurse-explanation.png", "#details");

    find("button[data-lang='nl']").click();
    wait.until(
        d -> find("#details-heading").getText().equals("Van Sanne Verhoeven naar verpleegkundige"));

    assertThat(script("return document.documentElement.lang")).isEqualTo("nl");
    assertThat(texts("#details h3"))
        .contains("Tekort: nog te leren", "Wat u meeneemt, per competentiegebied");
    assertThat(texts("#details tr.area td.number"))
        .anySatisfy(count -> assertThat(count).matches("[1-9][0-9]* van [0-9]+"));
    assertThat(texts("#details td.path"))
        .anySatisfy(
            path ->
                assertThat(path)
                    .startsWith(
                        "gasten informeren over hotelvoorzieningen → cliënten en publiek informeren ← patiënten en naasten informeren over de zorg"));
    assertThat(attribute(destination(NURSE), "aria-label")).startsWith("verpleegkundige, beroep,");
    shootWindow("map-learner-sanne-to-nurse-nl.png");

    @SuppressWarnings("unchecked")
    var sent = (List<Object>) script("return window.sentAuthorization");
    assertThat(sent)
        .isNotEmpty()
        .allSatisfy(header -> assertThat(header).isEqualTo("Basic ZWxsYTphdGxhcy1kZW1v"));

    if (find("#signin").getDomAttribute("open") == null) find("#signin summary").click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("signout"))).click();
    assertThat(browser.findElements(destination(NURSE))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("#learner-choices button"))).isEmpty();
    assertThat(text("#signin-status")).startsWith("Niet ingelogd");
  }

  @Test
  void withoutASignInOrWithoutTheLearnersGrantTheLearnerMapIsRefusedWithTheReason() {
    type("learner-id", SANNE);
    find("#learner-submit").click();
    waitForError("Please sign in: this needs a user with access.");
    assertThat(browser.findElements(By.cssSelector("g.destination"))).isEmpty();

    signIn("ella", "not-her-password");
    wait.until(
        d -> find("#signin-status").getText().equals("User name, password or token not accepted."));
    assertThat(find("#signout").getDomProperty("hidden")).isEqualTo("true");

    signIn("yusuf", "atlas-demo");
    wait.until(d -> find("#signin-status").getText().equals("Signed in as yusuf."));
    List<String> learners =
        wait.until(
            d ->
                d.findElements(By.cssSelector("#learner-choices button")).stream()
                    .map(button -> button.getDomAttribute("data-learner"))
                    .toList());
    assertThat(learners).containsExactly("learner-daan");
    find("#learner-submit").click();
    waitForError(
        "No access: this learner has not given your user a grant, or there is no such learner.");
    assertThat(browser.findElements(By.cssSelector("g.destination"))).isEmpty();
  }

  private void signIn(String user, String password) {
    if (attribute(By.cssSelector("#signin"), "open") == null) find("#signin summary").click();
    type("signin-user", user);
    type("signin-password", password);
    find("#signin-submit").click();
    clickWhenClickable(By.cssSelector("#signin summary"));
  }

  private void waitForError(String message) {
    wait.until(d -> find("#status").getText().equals(message));
    assertThat(attribute(By.cssSelector("#status"), "class")).contains("error");
  }

  private void waitForExplanationOf(String destinationLabel) {
    wait.until(
        d ->
            d.findElements(By.id("details-heading")).stream()
                .anyMatch(h -> h.getText().endsWith(" " + destinationLabel)));
    wait.until(d -> d.findElements(By.cssSelector("#details td.path")).size() > 0);
  }

  /** Tabs until the element {@code target} finds has the focus, whichever copy is rendered. */
  private void tabUntilFocused(By target) {
    find("#search-text").click();
    for (int i = 0; i < 80 && !focused(target); i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
    }
    assertThat(focused(target)).as("reached by Tab").isTrue();
  }

  private boolean focused(By target) {
    // Wrapped, since a wait takes a plain false for "not yet".
    return wait.until(d -> Optional.of(d.findElement(target).equals(d.switchTo().activeElement())))
        .get();
  }

  /** Clicks the element once it can be clicked, finding it again if a re-render replaced it. */
  private void clickWhenClickable(By by) {
    wait.until(
        d -> {
          var element = ExpectedConditions.elementToBeClickable(by).apply(d);
          if (element == null) return false;
          element.click();
          return true;
        });
  }

  /** An attribute of the element that matches, read again if a re-render replaced it. */
  private String attribute(By by, String name) {
    return wait.until(d -> Optional.ofNullable(d.findElement(by).getDomAttribute(name)))
        .orElse(null);
  }

  private void type(String id, String text) {
    var field = find("#" + id);
    field.clear();
    field.sendKeys(text);
  }

  private WebElement find(String css) {
    return browser.findElement(By.cssSelector(css));
  }

  private WebElement find(By by) {
    return browser.findElement(by);
  }

  /** The texts of every element that matches, read again from scratch if a re-render interrupts. */
  private List<String> texts(String css) {
    return wait.until(
        d -> d.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList());
  }

  private String text(String css) {
    return text(By.cssSelector(css));
  }

  private String text(By by) {
    return wait.until(d -> d.findElement(by).getText());
  }

  private Object script(String code) {
    return ((JavascriptExecutor) browser).executeScript(code);
  }

  private static By byData(String name, String value) {
    return By.cssSelector("[data-" + name + "='" + value + "']");
  }

  private static By destination(String id) {
    return By.cssSelector("g.destination[data-destination='" + id + "']");
  }

  /** Saves what the window shows under target/map-screenshots. */
  private void shootWindow(String name) throws IOException {
    script("window.scrollTo(0, 0)");
    save(name, ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE));
  }

  /** Saves one element whole: the window grows to the page's height for the shot. */
  private void shootElement(String name, String css) throws IOException {
    var height = ((Number) script("return document.documentElement.scrollHeight")).intValue();
    browser.manage().window().setSize(new Dimension(WIDTH, Math.max(HEIGHT, height + 40)));
    try {
      save(name, find(css).getScreenshotAs(OutputType.FILE));
    } finally {
      browser.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
    }
  }

  private static void save(String name, File shot) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
