package nl.wegwijzer.web.it;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A fresh Chromium per test against the running deployment. */
@ExtendWith(RunningApp.class)
abstract class BrowserTest {

  protected ChromeDriver browser;
  protected WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  protected void open(String path) {
    browser.get(RunningApp.baseUrl() + path);
  }
}
