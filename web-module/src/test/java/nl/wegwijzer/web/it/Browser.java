package nl.wegwijzer.web.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;

/** Debian's Chromium, headless and offline, driven by Debian's chromedriver. */
public final class Browser {

  private Browser() {}

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
          "--window-size=1280,900",
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
