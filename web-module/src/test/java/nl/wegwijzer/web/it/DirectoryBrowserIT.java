package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What a visitor clicks, in Chromium: search, profile, coordinator, quick exit (on a phone). */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Lanes.PUBLIC_SITE, mode = ResourceAccessMode.READ)
@ResourceLock("DirectoryBrowserIT")
class DirectoryBrowserIT extends BrowserTest {

  @Test
  void searchThenProfileThenCoordinator() {
    open("/organisaties");
    WebElement search = browser.findElement(By.id("f-q"));
    search.sendKeys("opvang");
    search.submit();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-count")));
    assertTrue(browser.getCurrentUrl().contains("/organisaties?q=opvang"));
    assertTrue(browser.findElement(By.id("result-count")).getText().contains("gevonden"));

    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-region")))
        .selectByVisibleText("Zeeland");
    browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("region=zeeland"));

    WebElement firstResult = browser.findElement(By.cssSelector(".result-title a"));
    String name = firstResult.getText();
    firstResult.click();
    wait.until(ExpectedConditions.urlMatches(".*/organisaties/[a-z0-9-]+\\?terug=.*$"));
    assertEquals(name, browser.findElement(By.tagName("h1")).getText());
    assertFalse(browser.findElements(By.cssSelector(".service")).isEmpty());

    browser.findElement(By.linkText("Zorgcoördinator vinden")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plaats")));
    browser.findElement(By.id("plaats")).sendKeys("Amsterdam");
    browser.findElement(By.cssSelector("#place-form button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("age-form")));
    assertTrue(browser.findElement(By.id("age-question")).getText().contains("18 jaar"));

    browser.findElement(By.id("leeftijd")).sendKeys("15");
    browser.findElement(By.cssSelector("#age-form button")).click();
    wait.until(ExpectedConditions.urlContains("leeftijd=15"));
    List<WebElement> cards = browser.findElements(By.cssSelector(".coordinator-card"));
    assertEquals(1, cards.size());
    assertTrue(cards.get(0).getText().contains("jonger dan 18"));
  }

  @Test
  void thePaginatorLinksToTheOtherPagesOfTheSameSearch() {
    open("/organisaties?need=shelter");
    String firstOnPageOne = browser.findElement(By.cssSelector(".result-title a")).getText();
    WebElement pager = browser.findElement(By.cssSelector("nav.result-pager"));
    assertEquals("Pagina's met organisaties", pager.getAttribute("aria-label"));
    assertEquals(
        "page",
        pager.findElement(By.cssSelector("a[aria-label='Pagina 1']")).getAttribute("aria-current"));
    pager.findElement(By.cssSelector("a[rel=next]")).click();
    wait.until(ExpectedConditions.urlContains("page=2"));
    assertTrue(browser.getCurrentUrl().contains("need=shelter"), browser.getCurrentUrl());
    assertNotEquals(
        firstOnPageOne, browser.findElement(By.cssSelector(".result-title a")).getText());
    assertEquals(
        "page",
        browser
            .findElement(By.cssSelector("nav.result-pager a[aria-label='Pagina 2']"))
            .getAttribute("aria-current"));
    assertEquals(
        "shelter",
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-need")))
            .getFirstSelectedOption()
            .getAttribute("value"),
        "the filter form still shows the search");
    assertTrue(
        browser.manage().getCookies().isEmpty(), "no session: " + browser.manage().getCookies());

    browser.findElement(By.cssSelector("nav.result-pager a[aria-label='Pagina 1']")).click();
    wait.until(d -> !d.getCurrentUrl().contains("page="));
    assertEquals(firstOnPageOne, browser.findElement(By.cssSelector(".result-title a")).getText());
  }

  @Test
  void aFilterTheDirectoryRefusesIsNamedAboveTheResults() {
    open("/organisaties?need=bestaat-niet");
    String refused =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("failures"))).getText();
    assertTrue(refused.contains("De waarde voor 'Soort hulp' is niet geldig"), refused);
    assertTrue(browser.findElements(By.id("result-count")).isEmpty(), "no count for a refusal");
  }

  @Test
  void anUnknownPlaceGetsAClearMessage() {
    open("/zorgcoordinator");
    browser.findElement(By.id("plaats")).sendKeys("Atlantis");
    browser.findElement(By.cssSelector("#place-form button")).click();
    WebElement problem =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("place-problem")));
    assertTrue(problem.getText().contains("Atlantis"));
    assertEquals("true", browser.findElement(By.id("plaats")).getAttribute("aria-invalid"));
  }

  /**
   * On a phone (390 × 844) the quick exit stays in view when the page is scrolled down, and leaves
   * without a way Back to the page it was pressed on.
   */
  @Test
  void quickExitLeavesAndReplacesTheHistoryEntry() {
    browser.manage().window().setSize(new Dimension(390, 844));
    open("/organisaties");
    open("/signalen-herkennen");
    browser.executeScript("window.scrollTo(0, document.body.scrollHeight);");
    Number scrolled = (Number) browser.executeScript("return window.scrollY;");
    assertTrue(scrolled.longValue() > 844, "the page is long enough to scroll: " + scrolled);
    WebElement exit = browser.findElement(By.id("quick-exit"));
    assertEquals(
        Boolean.TRUE,
        browser.executeScript(
            "var r = arguments[0].getBoundingClientRect();"
                + " return r.width > 0 && r.top >= 0 && r.left >= 0"
                + " && r.bottom <= window.innerHeight && r.right <= window.innerWidth;",
            exit),
        "the quick exit is in view after scrolling down");
    exit.click();
    wait.until(d -> !d.getCurrentUrl().startsWith(RunningApp.baseUrl()));
    browser.navigate().back();
    wait.until(ExpectedConditions.urlContains(RunningApp.baseUrl()));
    assertTrue(browser.getCurrentUrl().endsWith("/organisaties"), browser.getCurrentUrl());
  }

  @Test
  void pressingEscapeThreeTimesAlsoLeaves() {
    open("/zorgcoordinator");
    open("/organisaties");
    new Actions(browser)
        .sendKeys(Keys.ESCAPE)
        .sendKeys(Keys.ESCAPE)
        .sendKeys(Keys.ESCAPE)
        .perform();
    wait.until(d -> !d.getCurrentUrl().startsWith(RunningApp.baseUrl()));
    browser.navigate().back();
    wait.until(ExpectedConditions.urlContains(RunningApp.baseUrl()));
    assertTrue(browser.getCurrentUrl().endsWith("/zorgcoordinator"), browser.getCurrentUrl());
  }
}
