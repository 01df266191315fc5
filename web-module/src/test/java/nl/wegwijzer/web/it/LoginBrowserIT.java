package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Logging in and out through Keycloak in Chromium. */
class LoginBrowserIT extends BrowserTest {

  @Test
  void anEditorLogsInReachesTheEditorsAreaAndLogsOutAtKeycloakToo() {
    open("/redactie");
    assertTrue(browser.getCurrentUrl().startsWith(Keycloak.REALM), browser.getCurrentUrl());
    logInAs("editor-a");
    wait.until(ExpectedConditions.urlMatches(".*/redactie$"));
    assertEquals("editor-a", browser.findElement(By.id("account-name")).getText());
    assertTrue(browser.findElement(By.id("account-roles")).getText().contains("Redacteur"));

    open("/beheer");
    assertTrue(browser.findElement(By.id("forbidden-title")).isDisplayed());

    open("/redactie");
    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.urlMatches(".*:\\d+/$"));
    open("/redactie");
    wait.until(ExpectedConditions.urlContains(Keycloak.REALM));
    assertTrue(
        browser.findElements(By.id("username")).size() == 1,
        "Keycloak asks for the password again");
  }

  @Test
  void aCoordinatorSeesTheirRegions() {
    open("/coordinatie");
    logInAs("coordinator-utrecht");
    wait.until(ExpectedConditions.urlMatches(".*/coordinatie$"));
    assertEquals("utrecht", browser.findElement(By.id("account-regions")).getText());
  }
}
