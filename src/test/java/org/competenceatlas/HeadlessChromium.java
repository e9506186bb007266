package org.competenceatlas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by its ChromeDriver for the browser tests. Their paths can be
 * changed with the system properties {@code chromium.binary} and {@code chromedriver.binary}; where
 * they are missing, the tests that need them are skipped.
 */
public final class HeadlessChromium {

  private static final Path CHROMIUM =
      Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

  /** Why a browser test is skipped, for {@code Assumptions.assumeTrue(browser != null, ...)}. */
  public static final String MISSING =
      "no Chromium and ChromeDriver installed (apt-get install chromium chromium-driver)";

  private HeadlessChromium() {}

  /**
   * A new browser with its own empty profile, or null where Chromium or ChromeDriver is missing. It
   * opens no connection of its own (updates, sync, field trials): only the pages it is sent to.
   */
  public static WebDriver start(Path profile, int width, int height, String... arguments) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      return null;
    }
    // With the driver and the browser named, Selenium Manager is never asked to find or fetch one.
    var service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    var all =
        new ArrayList<>(
            List.of(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=en-GB",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile.toAbsolutePath()));
    all.addAll(List.of(arguments));
    options.addArguments(all);
    return new ChromeDriver(service, options);
  }
}
