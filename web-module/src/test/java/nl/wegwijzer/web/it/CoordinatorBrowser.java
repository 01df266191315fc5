package nl.wegwijzer.web.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the coordinators' browser tests do again and again: log in, fill fields, choose. */
final class CoordinatorBrowser {

  private CoordinatorBrowser() {}

  static void logIn(ChromeDriver driver, WebDriverWait waiting, String user, String path) {
    driver.get(RunningApp.baseUrl() + path);
    waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(Keycloak.PASSWORD);
    driver.findElement(By.cssSelector("[type=submit]")).click();
    waiting.until(ExpectedConditions.urlContains(RunningApp.baseUrl() + path));
  }

  static void type(ChromeDriver driver, String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** Date inputs take their value in the ISO form whatever the browser's language. */
  static void date(ChromeDriver driver, String id, String isoDate) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];", driver.findElement(By.id(id)), isoDate);
  }

  static void choose(ChromeDriver driver, String id, String value) {
    new Select(driver.findElement(By.id(id))).selectByValue(value);
  }

  static String chosen(ChromeDriver driver, String id) {
    return new Select(driver.findElement(By.id(id))).getFirstSelectedOption().getAttribute("value");
  }

  /** Clicks a button that submits the page and waits for the next page. */
  static void press(ChromeDriver driver, WebDriverWait waiting, String id) {
    WebElement button = driver.findElement(By.id(id));
    button.click();
    // While the page is being replaced Chromium may answer "node does not belong to the document"
    // instead of "stale element": either means the old page is gone.
    waiting.until(
        d -> {
          try {
            button.isEnabled();
            return false;
          } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
          }
        });
    waiting.until(
        d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
  }
}
