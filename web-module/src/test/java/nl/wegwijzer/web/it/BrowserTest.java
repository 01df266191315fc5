package nl.wegwijzer.web.it;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A fresh Chromium per test against the running deployment. */
@ExtendWith({RunningApp.class, FailureEvidence.class})
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
