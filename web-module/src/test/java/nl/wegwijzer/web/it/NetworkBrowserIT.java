package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The rest of a coordinator's work in Chromium with real Keycloak logins: Zeeland's coordinator
 * adds a partner with a contact person, finds it by searching, and removes it after confirming;
 * Utrecht's coordinator sees none of it and gets the not-found page for Zeeland's network. A
 * training recorded in Zeeland counts in Zeeland's report and in the editors' national overview.
 */
class NetworkBrowserIT extends BrowserTest {

  private long zeelandActivities(ChromeDriver driver) {
    driver.get(RunningApp.baseUrl() + "/redactie/knelpunten");
    return Long.parseLong(
        driver
            .findElement(
                By.cssSelector(
                    "#knowledge-by-region tr[data-region='zeeland'] td[data-total='activities']"))
            .getText()
            .strip());
  }

  @Test
  void aPartnerOfZeelandIsSharedSearchableRemovableAndHiddenFromUtrecht() {
    String unique = Long.toString(System.nanoTime(), 36);
    String contact = "Contactpersoon Test " + unique;
    CoordinatorBrowser.logIn(browser, wait, "coordinator-zeeland", "/coordinatie/netwerk");
    CoordinatorBrowser.type(browser, "partner:organisationName", "Team zorg gemeente Middelburg");
    CoordinatorBrowser.type(browser, "partner:contactName", contact);
    CoordinatorBrowser.type(browser, "partner:role", "Aandachtsfunctionaris");
    CoordinatorBrowser.type(browser, "partner:phone", "0118 123 456");
    CoordinatorBrowser.type(browser, "partner:email", "zorg@middelburg.example");
    CoordinatorBrowser.type(browser, "partner:agreements", "Belt terug binnen een werkdag.");
    submit(By.id("partner:save"));
    assertTrue(browser.findElement(By.id("notice")).getText().contains("toegevoegd"));
    assertTrue(browser.findElement(By.id("partner-table")).getText().contains(contact));

    open("/coordinatie/netwerk?zoek=" + unique);
    assertEquals("1 partner", browser.findElement(By.id("partner-count")).getText());
    open("/coordinatie/netwerk?zoek=bestaat-niet-" + unique);
    assertEquals("Geen partners gevonden", browser.findElement(By.id("partner-count")).getText());

    ChromeDriver utrecht = Browser.take();
    try {
      WebDriverWait utrechtWait = new WebDriverWait(utrecht, Duration.ofSeconds(20));
      CoordinatorBrowser.logIn(utrecht, utrechtWait, "coordinator-utrecht", "/coordinatie/netwerk");
      assertFalse(utrecht.getPageSource().contains(contact), "Utrecht does not see Zeeland's");
      utrecht.get(RunningApp.baseUrl() + "/coordinatie/netwerk?regio=zeeland&zoek=" + unique);
      assertEquals("Pagina niet gevonden", utrecht.findElement(By.tagName("h1")).getText());
      assertFalse(utrecht.getPageSource().contains(contact));
    } finally {
      Browser.release(utrecht);
    }

    open("/coordinatie/netwerk?zoek=" + unique);
    submit(By.cssSelector("tr.partner-row input[id$='remove']"));
    submit(By.cssSelector("input[id$='confirm-remove']"));
    assertTrue(browser.findElement(By.id("notice")).getText().contains("verwijderd"));
    assertFalse(browser.getPageSource().contains(contact), "the contact person is gone");
  }

  @Test
  void aTrainingCountsInTheRegionsReportAndTheNationalOverview() {
    ChromeDriver editor = Browser.take();
    try {
      WebDriverWait editorWait = new WebDriverWait(editor, Duration.ofSeconds(20));
      CoordinatorBrowser.logIn(editor, editorWait, "editor-a", "/redactie/knelpunten");
      long before = zeelandActivities(editor);

      CoordinatorBrowser.logIn(
          browser, wait, "coordinator-zeeland", "/coordinatie/kennisoverdracht");
      assertEquals("zeeland", CoordinatorBrowser.chosen(browser, "knowledge:region"));
      CoordinatorBrowser.choose(browser, "knowledge:kind", "training");
      CoordinatorBrowser.choose(browser, "knowledge:audience", "police");
      CoordinatorBrowser.type(browser, "knowledge:participants", "25");
      CoordinatorBrowser.type(browser, "knowledge:topic", "Signalen van arbeidsuitbuiting");
      browser.findElement(By.cssSelector("input[name='knowledge:forms'][value='labour']")).click();
      submit(By.id("knowledge:save"));
      assertTrue(
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")))
              .getText()
              .contains("vastgelegd"));

      open("/coordinatie/rapportages");
      String figures = browser.findElement(By.id("knowledge-figures")).getText();
      assertTrue(figures.contains("Kennisoverdracht"), figures);
      assertTrue(
          Long.parseLong(
                  browser
                      .findElement(
                          By.cssSelector(
                              "#knowledge-by-region tr[data-region='zeeland'] td[data-kind='training']"))
                      .getText()
                      .strip())
              >= 1);

      assertEquals(before + 1, zeelandActivities(editor), "the editors count it, nationally");
      assertFalse(
          editor.getPageSource().contains("Signalen van arbeidsuitbuiting"),
          "editors see counts, never the topic");
    } finally {
      Browser.release(editor);
    }
  }
}
