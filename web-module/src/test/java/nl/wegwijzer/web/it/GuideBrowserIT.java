package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The guide as a professional uses it, in Chromium. */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Lanes.PUBLIC_SITE, mode = ResourceAccessMode.READ)
@ResourceLock("GuideBrowserIT")
class GuideBrowserIT extends BrowserTest {

  @Test
  void homeThenPhaseThenStepThenOrganisation() {
    open("/");
    browser.findElement(By.cssSelector(".phase-card a[href$='/beschermen']")).click();
    wait.until(ExpectedConditions.urlMatches(".*/beschermen$"));
    String phaseTitle = browser.findElement(By.tagName("h1")).getText();
    assertFalse(phaseTitle.isBlank());

    browser.findElement(By.cssSelector(".step-card a")).click();
    wait.until(ExpectedConditions.urlMatches(".*/beschermen/[a-z0-9-]+$"));
    assertTrue(browser.findElement(By.cssSelector(".breadcrumbs")).getText().contains(phaseTitle));
    assertFalse(browser.findElements(By.id("wie-helpt")).isEmpty(), "the step lists who helps");

    String organisation = browser.findElement(By.cssSelector(".org-list a")).getText();
    browser.findElement(By.cssSelector(".org-list a")).click();
    wait.until(ExpectedConditions.urlMatches(".*/organisaties/[a-z0-9-]+$"));
    assertEquals(organisation, browser.findElement(By.tagName("h1")).getText());
  }

  /** At 1280 pixels wide the phases and the two boxes below them stand side by side, in line. */
  @Test
  void cardsSideBySideOnTheHomePageLineUp() {
    open("/");
    assertInLine(".phases > .card", 4);
    assertInLine(".cards.two > .card", 2);
  }

  private void assertInLine(String cards, int count) {
    List<Integer> tops =
        browser.findElements(By.cssSelector(cards)).stream()
            .map(card -> card.getRect().getY())
            .toList();
    assertEquals(count, tops.size(), cards);
    assertEquals(1, tops.stream().distinct().count(), "tops of " + cards + ": " + tops);
  }

  @Test
  void aTailoredRouteForANonEuAdultOfLabourExploitationWhoDoesNotYetReport() {
    open("/route-op-maat");
    browser.findElement(By.id("leeftijd-adult")).click();
    browser.findElement(By.id("nationaliteit-non-eu")).click();
    browser.findElement(By.id("vorm-labour")).click();
    browser.findElement(By.id("aangifte-no")).click();
    browser.findElement(By.id("route-gemeente")).sendKeys("Utrecht");
    browser.findElement(By.cssSelector("#route-form button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("route-answer")));
    String url = browser.getCurrentUrl();
    assertTrue(url.contains("nationaliteit=non-eu") && url.contains("aangifte=no"), url);
    assertFalse(
        browser.findElements(By.cssSelector("[data-regulation='bedenktijd']")).isEmpty(),
        "the reflection period is in the route");
    assertTrue(
        browser
            .findElement(By.id("route-answer"))
            .getText()
            .contains("Zorgcoördinator voor Utrecht"));
    assertTrue(browser.findElements(By.id("route-tonight")).isEmpty(), "no shelter block unasked");

    browser.get(url);
    assertFalse(
        browser.findElements(By.cssSelector("[data-regulation='bedenktijd']")).isEmpty(),
        "the same route from the shared URL");
  }

  /**
   * The optional questions: a woman who speaks Spanish and needs a safe place tonight gets the
   * shelters that fit first, the answers stay in the URL, and the shared URL shows them ticked.
   */
  @Test
  void theOptionalQuestionsPutASafePlaceTonightFirst() {
    open("/route-op-maat");
    browser.findElement(By.id("leeftijd-adult")).click();
    browser.findElement(By.id("vorm-labour")).click();
    browser.findElement(By.id("route-gemeente")).sendKeys("Utrecht");
    browser.findElement(By.id("vannacht")).click();
    browser.findElement(By.id("geslacht-female")).click();
    browser.findElement(By.id("taal-es")).click();
    browser.findElement(By.cssSelector("#route-form button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("route-answer")));
    String url = browser.getCurrentUrl();
    assertTrue(
        url.contains("vannacht=ja") && url.contains("geslacht=female") && url.contains("taal=es"),
        url);

    List<String> shelters =
        browser.findElements(By.cssSelector("#route-tonight li[data-organisation]")).stream()
            .map(item -> item.getAttribute("data-organisation"))
            .toList();
    assertEquals("stichting-domstad-schuilplaats", shelters.get(0), shelters.toString());
    assertFalse(shelters.contains("stichting-ankerpunt-mannenopvang"), shelters.toString());
    assertTrue(
        browser.findElement(By.id("route-tonight")).getLocation().getY()
            < browser.findElement(By.cssSelector(".route-phase")).getLocation().getY(),
        "the safe place comes before the steps");
    String summary = browser.findElement(By.id("route-summary")).getText();
    assertTrue(summary.contains("Vrouw") && summary.contains("Spaans"), summary);

    browser.get(url);
    assertTrue(browser.findElement(By.id("vannacht")).isSelected(), "tonight stays ticked");
    assertTrue(browser.findElement(By.id("taal-es")).isSelected(), "the language stays ticked");
    assertTrue(browser.findElement(By.id("geslacht-female")).isSelected());

    browser.findElement(By.id("vannacht")).click();
    browser.findElement(By.id("geslacht-male")).click();
    browser.findElement(By.cssSelector("#route-form button[type=submit]")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("vannacht=ja")));
    assertTrue(browser.findElements(By.id("route-tonight")).isEmpty(), "tonight unticked");
    assertTrue(browser.getCurrentUrl().contains("geslacht=male"), browser.getCurrentUrl());
  }

  @Test
  void feedbackCanBeGivenWithoutJavaScriptTricks() {
    open("/signaleren");
    browser.findElement(By.cssSelector("#feedback input[value='ja']")).click();
    browser.findElement(By.id("feedback-opmerking")).sendKeys("Helder");
    browser.findElement(By.cssSelector("#feedback button")).click();
    wait.until(ExpectedConditions.urlContains("feedback=bedankt"));
    assertTrue(browser.findElement(By.id("feedback")).getText().contains("Dank u wel"));
  }

  @Test
  void tickingIndicatorsCountsWithoutSendingAnything() {
    open("/signalen-herkennen");
    String before = browser.getCurrentUrl();
    java.util.List<org.openqa.selenium.WebElement> boxes =
        browser.findElements(By.cssSelector("#checklist input[type=checkbox]"));
    boxes.get(0).click();
    boxes.get(1).click();
    assertTrue(browser.findElement(By.id("checklist-count")).getText().contains("2"));
    assertEquals(before, browser.getCurrentUrl());
  }
}
