package nl.wegwijzer.web.it;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Chromium of the run ({@link Browser#take()}) against the running deployment, which each test
 * gets as new: no cookies (so no session, here or at Keycloak), no cache, no storage, the default
 * window size, an empty page.
 */
@ExtendWith({RunningApp.class, FailureEvidence.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

  protected ChromeDriver browser;
  protected WebDriverWait wait;

  @BeforeAll
  void openBrowser() {
    browser = Browser.take();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @BeforeEach
  void asNew() {
    Browser.forget(browser);
  }

  @AfterAll
  void closeBrowser() {
    Browser.release(browser);
  }

  protected void open(String path) {
    browser.get(RunningApp.baseUrl() + path);
  }

  /**
   * Clicks a button that posts the whole page and waits for the next page, so that what the test
   * reads next is not the previous page's notice, which would go stale under it.
   */
  protected void submit(By button) {
    WebElement previousPage = browser.findElement(By.tagName("html"));
    browser.findElement(button).click();
    wait.until(Browser.replaced(previousPage));
  }

  /** Fills in Keycloak's login form, which the browser shows now. */
  protected void logInAs(String user) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(Keycloak.PASSWORD);
    browser.findElement(By.cssSelector("[type=submit]")).click();
  }
}
