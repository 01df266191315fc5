package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core's WCAG 2.1 A and AA rules on every public page and every back-office screen, in both
 * languages, including the states with error messages. The build fails on any violation.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Lanes.PUBLIC_SITE, mode = ResourceAccessMode.READ)
@ResourceLock("AccessibilityBrowserIT")
class AccessibilityBrowserIT extends BrowserTest {

  private static final List<String> PUBLIC_PAGES =
      PublicPages.sectionsAnd(
          "/organisaties?q=zzzzzz",
          "/organisaties?need=shelter&page=2",
          "/organisaties?page=2",
          "/zorgcoordinator?plaats=Amsterdam",
          "/zorgcoordinator?plaats=Atlantis",
          "/zoeken?q=opvang",
          "/niet-gevonden");

  @Test
  void everyPublicPageMeetsWcagAaInDutchAndEnglish() {
    List<String> pages = new ArrayList<>(PUBLIC_PAGES);
    pages.addAll(linksFound("/organisaties", ".result-title a", 1));
    pages.addAll(linksFound("/signaleren", "main a[href*='/signaleren/']", 1));
    pages.addAll(linksFound("/informatie", "main a[href*='/informatie/']", 1));
    pages.addAll(linksFound("/verhalen", "main a[href*='/verhalen/']", 1));
    pages.addAll(linksFound("/nieuws", "main a[href*='/nieuws/']", 1));
    pages.addAll(linksFound("/informatie", "main a[href*='/vormen/']", 1));
    for (String page : pages) {
      for (String inLanguage : List.of(page, page + (page.contains("?") ? "&" : "?") + "lang=en")) {
        open(inLanguage);
        Accessibility.assertNoViolations(browser, inLanguage);
      }
    }
  }

  /**
   * 200 % zoom of a 1280-pixel window leaves a 640-pixel layout; a small phone is 360 wide. Nothing
   * may need scrolling sideways (WCAG 1.4.4 and 1.4.10).
   */
  @Test
  void zoomedTo200PercentAndOnASmallPhoneNothingIsCutOff() {
    for (Dimension size : List.of(new Dimension(640, 900), new Dimension(360, 740))) {
      browser.manage().window().setSize(size);
      for (String page :
          List.of(
              "/",
              "/organisaties?q=opvang",
              "/zorgcoordinator?plaats=Amsterdam",
              "/route-op-maat",
              "/stroomschema",
              "/signaleren",
              "/signalen-herkennen",
              "/toegankelijkheid?lang=en")) {
        open(page);
        Number overflow =
            (Number)
                browser.executeScript(
                    "return document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth;");
        assertTrue(
            overflow.intValue() <= 0,
            page + " needs sideways scrolling at " + size + ": " + overflow + " px");
      }
    }
  }

  @Test
  void theRoutePageWithAnswersAndTheFlowChartMeetWcagAa() {
    open("/route-op-maat");
    browser.findElement(By.id("leeftijd-adult")).click();
    browser.findElement(By.id("nationaliteit-non-eu")).click();
    // The safe place tonight and the languages draw blocks of their own: check those too.
    browser.findElement(By.id("vannacht")).click();
    browser.findElement(By.id("taal-en")).click();
    browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("?"));
    Accessibility.assertNoViolations(browser, "route with answers");
    String regulation =
        browser.findElement(By.cssSelector("main a[href*='/rechten/']")).getAttribute("href");
    for (String inLanguage : List.of(regulation, regulation + "?lang=en")) {
      browser.get(inLanguage);
      Accessibility.assertNoViolations(browser, inLanguage);
    }
    open("/stroomschema?nationaliteit=non-eu");
    Accessibility.assertNoViolations(browser, "flow chart");
  }

  @Test
  void theEditorsScreensMeetWcagAa() {
    open("/redactie");
    logInAs("editor-a");
    wait.until(ExpectedConditions.urlMatches(".*/redactie$"));
    for (String page :
        List.of(
            "/redactie",
            "/redactie/stappen",
            "/redactie/stappen/nieuw",
            "/redactie/stappen/herkennen-en-melden",
            "/redactie/stappen/herkennen-en-melden/geschiedenis",
            "/redactie/vragen",
            "/redactie/profielen",
            "/redactie/links",
            "/redactie/knelpunten",
            "/redactie/organisaties",
            "/redactie/postcodes",
            "/redactie/coordinatoren",
            "/redactie/documenten",
            "/redactie/documenten/nieuw",
            "/redactie/signalen",
            "/redactie/vormen",
            "/redactie/stappen/herkennen-en-melden?lang=en")) {
      open(page);
      Accessibility.assertNoViolations(browser, page);
    }
    open("/beheer");
    Accessibility.assertNoViolations(browser, "forbidden page");
  }

  @Test
  void theCoordinatorsScreensMeetWcagAa() {
    open("/coordinatie");
    logInAs("coordinator-zeeland");
    wait.until(ExpectedConditions.urlMatches(".*/coordinatie$"));
    for (String page :
        List.of(
            "/coordinatie",
            "/coordinatie/knelpunten",
            "/coordinatie/signalen",
            "/coordinatie/signalen/nieuw",
            "/coordinatie/zaken",
            "/coordinatie/rapportages",
            "/coordinatie/voorstellen",
            "/coordinatie/voorstellen/nieuw",
            "/coordinatie/voorstellen/organisaties/stichting-zeelicht-opvang",
            "/coordinatie/voorstellen/nieuw?lang=en",
            "/coordinatie/signalen?lang=en")) {
      open(page);
      Accessibility.assertNoViolations(browser, page);
    }
    open("/coordinatie/voorstellen/nieuw");
    submit(By.id("edit:send"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem")));
    Accessibility.assertNoViolations(browser, "proposal form with its problems");
    open("/coordinatie/signalen/nieuw");
    showSessionWarning();
    Accessibility.assertNoViolations(browser, "signal form with the session warning");
  }

  @Test
  void theAdministratorsScreensMeetWcagAa() {
    open("/beheer");
    logInAs("admin");
    wait.until(ExpectedConditions.urlMatches(".*/beheer$"));
    for (String page :
        List.of(
            "/beheer",
            "/beheer/gebruikers",
            "/beheer/gebruikers/nieuw",
            "/beheer/gebruikers/editor-a",
            "/beheer/logboek")) {
      open(page);
      Accessibility.assertNoViolations(browser, page);
    }
    open("/beheer/gebruikers/nieuw");
    browser.findElement(By.cssSelector("main form [type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[aria-invalid=true]")));
    Accessibility.assertNoViolations(browser, "new user with errors");
    showSessionWarning();
    Accessibility.assertNoViolations(browser, "new user with the session warning");
  }

  /** The warning as session-warning.js shows it a few minutes before the session ends. */
  private void showSessionWarning() {
    browser.executeScript("document.getElementById('session-warning').hidden = false;");
  }

  private List<String> linksFound(String page, String selector, int howMany) {
    open(page);
    List<String> found =
        browser.findElements(By.cssSelector(selector)).stream()
            .limit(howMany)
            .map(link -> link.getAttribute("href").replace(RunningApp.baseUrl(), ""))
            .toList();
    assertFalse(found.isEmpty(), "no link " + selector + " on " + page);
    return found;
  }
}
