package nl.wegwijzer.web.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
}
