package nl.wegwijzer.web.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;

/** Debian's Chromium, headless and offline, driven by Debian's chromedriver. */
public final class Browser {

  private static final Dimension WINDOW = new Dimension(1280, 900);

  /** Browsers a class has given back, for the next class or second session; see {@link #take()}. */
  private static final Deque<ChromeDriver> IDLE = new ArrayDeque<>();

  private Browser() {}

  /**
   * A browser for a test of the shared deployment, as good as new ({@link #forget}): one the run
   * opened before and a class gave back, else a new one. A start costs seconds, so the run's
   * browser test classes, and the second sessions of tests of two people at once, take turns with a
   * few browsers instead of opening one each. A browser a test quit (a test of closing the browser)
   * is not given out again. The browsers close when the run's JVM ends.
   */
  static synchronized ChromeDriver take() {
    for (ChromeDriver idle = IDLE.poll(); idle != null; idle = IDLE.poll()) {
      if (idle.getSessionId() != null) {
        forget(idle);
        return idle;
      }
    }
    ChromeDriver opened = open();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> quietly(opened)));
    return opened;
  }

  /** Gives a browser from {@link #take()} back for the next one who needs one. */
  static synchronized void release(ChromeDriver driver) {
    if (driver.getSessionId() != null) {
      IDLE.push(driver);
    }
  }

  private static void quietly(ChromeDriver driver) {
    try {
      driver.quit();
    } catch (RuntimeException alreadyGone) {
      // quit by a test, or its driver process ended with the JVM
    }
  }

  public static ChromeDriver open() {
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(RunningApp.setting("WEGWIJZER_CHROMIUM", "/usr/bin/chromium"));
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(),
          "--lang=nl",
          "--user-data-dir=" + Files.createTempDirectory("wegwijzer-chromium"));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(
                  new File(RunningApp.setting("WEGWIJZER_CHROMEDRIVER", "/usr/bin/chromedriver")))
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return driver;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Makes a browser as good as new between tests: every cookie (the app's session and Keycloak's,
   * both on 127.0.0.1), the cache (page weights are measured on a first load), every origin's
   * storage, the window size of {@link #open()}, and an empty page.
   */
  public static void forget(ChromeDriver driver) {
    driver.get("about:blank");
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    driver.executeCdpCommand(
        "Storage.clearDataForOrigin",
        Map.of(
            "origin",
            RunningApp.baseUrl(),
            "storageTypes",
            "local_storage,session_storage,indexeddb,cache_storage,service_workers"));
    driver.manage().window().setSize(WINDOW);
  }

  /**
   * True once the page that held {@code element} has been replaced. Selenium's own stalenessOf
   * expects a stale-element error, but while the next page is still loading chromedriver may
   * instead answer that the node "does not belong to the document"; that too means it is gone.
   */
  public static ExpectedCondition<Boolean> replaced(WebElement element) {
    return driver -> {
      try {
        element.isEnabled();
        return false;
      } catch (StaleElementReferenceException gone) {
        return true;
      } catch (WebDriverException maybeGone) {
        String message = String.valueOf(maybeGone.getMessage());
        if (message.contains("does not belong to the document")) {
          return true;
        }
        throw maybeGone;
      }
    };
  }
}
