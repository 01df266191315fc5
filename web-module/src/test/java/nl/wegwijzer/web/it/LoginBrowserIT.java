package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Logging in and out through Keycloak in Chromium, and what every staff page has instead of the
 * visitors' quick exit: who is logged in, the logout button and the warning before the session
 * ends.
 */
class LoginBrowserIT extends BrowserTest {

  @Test
  void anEditorLogsInReachesTheEditorsAreaAndLogsOutAtKeycloakToo() {
    open("/redactie");
    assertTrue(browser.getCurrentUrl().startsWith(Keycloak.REALM), browser.getCurrentUrl());
    logInAs("editor-a");
    wait.until(ExpectedConditions.urlMatches(".*/redactie$"));
    assertEquals("editor-a", browser.findElement(By.id("account-name")).getText());
    assertTrue(browser.findElement(By.id("account-roles")).getText().contains("Redacteur"));
    assertStaffHeader("editor-a");

    open("/redactie/stappen/nieuw");
    assertStaffHeader("editor-a");
    WebElement warning = sessionWarning();
    assertEquals("edit:save", warning.getAttribute("data-save"), "offers to save the draft");
    assertEquals(1, browser.findElements(By.id("session-save")).size());

    open("/beheer");
    assertTrue(browser.findElement(By.id("forbidden-title")).isDisplayed());

    open("/redactie");
    logOut();
    open("/redactie");
    wait.until(ExpectedConditions.urlContains(Keycloak.REALM));
    assertTrue(
        browser.findElements(By.id("username")).size() == 1,
        "Keycloak asks for the password again");
  }

  @Test
  void aCoordinatorSeesTheirRegionsAndEscapeDoesNotThrowAwayTheirWork() {
    open("/coordinatie");
    logInAs("coordinator-utrecht");
    wait.until(ExpectedConditions.urlMatches(".*/coordinatie$"));
    assertEquals("utrecht", browser.findElement(By.id("account-regions")).getText());
    assertStaffHeader("coordinator-utrecht");

    open("/coordinatie/signalen/nieuw");
    assertStaffHeader("coordinator-utrecht");
    assertEquals("signal:save-draft", sessionWarning().getAttribute("data-save"));
    WebElement contact = browser.findElement(By.id("signal:reporterContact"));
    contact.sendKeys("via de wijkagent");
    new Actions(browser)
        .sendKeys(Keys.ESCAPE)
        .sendKeys(Keys.ESCAPE)
        .sendKeys(Keys.ESCAPE)
        .perform();
    // The visitors' handler leaves at once; three seconds without leaving means none listens.
    assertThrows(
        TimeoutException.class,
        () ->
            new WebDriverWait(browser, Duration.ofSeconds(3))
                .until(d -> !d.getCurrentUrl().startsWith(RunningApp.baseUrl())));
    assertEquals("via de wijkagent", contact.getAttribute("value"), "the typed text stays");

    logOut();
  }

  @Test
  void anAdministratorStaysLoggedInWithoutLosingTypedTextAndLogsOut() {
    open("/beheer/gebruikers/nieuw");
    logInAs("admin");
    wait.until(ExpectedConditions.urlContains("/beheer/gebruikers/nieuw"));
    assertStaffHeader("admin");
    WebElement warning = sessionWarning();
    assertTrue(browser.findElements(By.id("session-save")).isEmpty(), "no draft to save here");
    WebElement field = browser.findElement(By.id("new-user:firstName"));
    field.sendKeys("Half ingevuld");

    // The warning as its timer shows it, then "stay logged in": the session is touched by a
    // request of its own, the page is not reloaded.
    browser.executeScript("document.getElementById('session-warning').hidden = false;");
    assertTrue(warning.getText().contains("5 minuten"), warning.getText());
    browser.findElement(By.id("session-stay")).click();
    wait.until(ExpectedConditions.invisibilityOf(warning));
    assertFalse(browser.findElement(By.id("session-failed")).isDisplayed());
    assertEquals("Half ingevuld", field.getAttribute("value"));

    logOut();
  }

  /** The staff header: the name, the logout button, and no quick exit (button nor script). */
  private void assertStaffHeader(String user) {
    assertEquals(user, browser.findElement(By.id("staff-user")).getText());
    assertTrue(browser.findElement(By.cssSelector(".site-header #logout")).isDisplayed());
    assertTrue(browser.findElements(By.id("quick-exit")).isEmpty(), "no quick exit");
    assertTrue(
        browser.findElements(By.cssSelector("script[src*='quick-exit']")).isEmpty(),
        "no quick-exit script");
  }

  /** The hidden warning, with the session's length as the server has it. */
  private WebElement sessionWarning() {
    WebElement warning = browser.findElement(By.id("session-warning"));
    assertFalse(warning.isDisplayed(), "hidden until the session nearly ends");
    assertTrue(
        Integer.parseInt(warning.getAttribute("data-seconds")) > 0,
        warning.getAttribute("data-seconds"));
    return warning;
  }

  /** Logs out with the header's button; the public home page has its quick exit again. */
  private void logOut() {
    submit(By.cssSelector(".site-header #logout"));
    wait.until(ExpectedConditions.urlMatches(".*:\\d+/$"));
    assertTrue(browser.findElement(By.id("quick-exit")).isDisplayed());
  }
}
