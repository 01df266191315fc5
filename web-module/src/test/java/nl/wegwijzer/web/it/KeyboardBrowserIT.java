package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main paths with the keyboard alone: no clicks, only Tab, Enter and typing. Checks on the way
 * that the focused element is visibly marked and that Tab never gets stuck.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Lanes.PUBLIC_SITE, mode = ResourceAccessMode.READ)
@ResourceLock("KeyboardBrowserIT")
class KeyboardBrowserIT extends BrowserTest {

  private static final int MAX_TABS = 80;

  @Test
  void theSkipLinkIsTheFirstStopAndJumpsToTheContent() {
    open("/");
    press(Keys.TAB);
    WebElement skip = focused();
    assertTrue(skip.getAttribute("class").contains("skip-link"), skip.getText());
    assertTrue(skip.isDisplayed(), "the skip link shows when it has focus");
    press(Keys.ENTER);
    assertTrue(browser.getCurrentUrl().endsWith("#inhoud"));
    press(Keys.TAB);
    WebElement firstInContent = focused();
    assertTrue(
        (Boolean)
            browser.executeScript(
                "return document.getElementById('inhoud').contains(arguments[0])", firstInContent),
        "Tab after the skip link lands inside the content, not in the header");
  }

  @Test
  void fromHomeThroughAPhaseToAStep() {
    open("/");
    tabTo(e -> href(e).matches(".*/signaleren$"));
    press(Keys.ENTER);
    wait.until(ExpectedConditions.urlMatches(".*/signaleren$"));
    tabTo(e -> href(e).matches(".*/signaleren/[a-z0-9-]+$"));
    String step = href(focused());
    press(Keys.ENTER);
    wait.until(ExpectedConditions.urlToBe(step));
    assertTrue(browser.findElement(By.tagName("h1")).isDisplayed());
  }

  @Test
  void searchTheDirectoryAndOpenAProfile() {
    open("/organisaties");
    tabTo(e -> "f-q".equals(e.getAttribute("id")));
    focused().sendKeys("hulp", Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("q=hulp"));
    tabTo(e -> href(e).matches(".*/organisaties/[a-z0-9-]+\\?terug=.*$"));
    String name = focused().getText();
    press(Keys.ENTER);
    wait.until(ExpectedConditions.urlMatches(".*/organisaties/[a-z0-9-]+\\?terug=.*$"));
    assertEquals(name, browser.findElement(By.tagName("h1")).getText());
  }

  @Test
  void pageThroughTheResultsAndBackWithTheKeyboard() {
    open("/organisaties?need=shelter");
    String firstOnPageOne = browser.findElement(By.cssSelector(".result-title a")).getText();
    tabTo(e -> "next".equals(e.getAttribute("rel")));
    press(Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("page=2"));
    assertTrue(browser.getCurrentUrl().contains("need=shelter"), browser.getCurrentUrl());
    String firstOnPageTwo = browser.findElement(By.cssSelector(".result-title a")).getText();
    assertNotEquals(firstOnPageOne, firstOnPageTwo);
    // The link leads to the results: the next Tab is the first result, not the site's header.
    press(Keys.TAB);
    assertEquals(firstOnPageTwo, focused().getText());
    tabTo(e -> "prev".equals(e.getAttribute("rel")));
    press(Keys.ENTER);
    wait.until(d -> !d.getCurrentUrl().contains("page="));
    assertEquals(firstOnPageOne, browser.findElement(By.cssSelector(".result-title a")).getText());
  }

  @Test
  void findTheCoordinatorForAPlaceAndHearAboutAMistake() {
    open("/zorgcoordinator");
    tabTo(e -> "plaats".equals(e.getAttribute("id")));
    focused().sendKeys("Atlantis", Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("place-problem")));
    WebElement field = browser.findElement(By.id("plaats"));
    assertEquals("true", field.getAttribute("aria-invalid"));
    assertTrue(
        field.getAttribute("aria-describedby").contains("place-problem"),
        "the message is tied to its field");

    tabTo(e -> "plaats".equals(e.getAttribute("id")));
    new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
    press("Middelburg");
    // Enter in a field with suggestions picks a suggestion; the button sends the form
    tabTo(e -> "button".equals(e.getTagName()));
    press(Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".coordinator-card")));
    assertTrue(browser.findElements(By.id("place-problem")).isEmpty(), "the old message is gone");
  }

  @Test
  void tabbingThroughAWholePageNeverGetsStuckAndAlwaysShowsWhereItIs() {
    open("/organisaties");
    Set<WebElement> seen = new HashSet<>();
    WebElement previous = null;
    for (int i = 0; i < MAX_TABS; i++) {
      press(Keys.TAB);
      WebElement current = focused();
      if (current.getTagName().equals("body")) {
        return; // went past the last stop: the browser's own chrome is next, no trap
      }
      assertNotEquals(previous, current, "Tab got stuck on " + describe(current));
      assertTrue(hasVisibleFocus(current), "no visible focus on " + describe(current));
      if (!seen.add(current)) {
        return; // wrapped round to an element seen before: no trap
      }
      previous = current;
    }
    fail("Tab did not get through the page in " + MAX_TABS + " steps");
  }

  private void tabTo(Predicate<WebElement> wanted) {
    for (int i = 0; i < MAX_TABS; i++) {
      press(Keys.TAB);
      WebElement current = focused();
      if (wanted.test(current)) {
        assertTrue(hasVisibleFocus(current), "no visible focus on " + describe(current));
        return;
      }
    }
    fail("could not reach the element with Tab on " + browser.getCurrentUrl());
  }

  private boolean hasVisibleFocus(WebElement element) {
    Object marked =
        browser.executeScript(
            "const s = getComputedStyle(arguments[0]);"
                + "return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)"
                + " || (s.boxShadow && s.boxShadow !== 'none');",
            element);
    return Boolean.TRUE.equals(marked);
  }

  private void press(CharSequence key) {
    new Actions(browser).sendKeys(key).perform();
  }

  private WebElement focused() {
    return browser.switchTo().activeElement();
  }

  private static String href(WebElement element) {
    String href = element.getAttribute("href");
    return href == null ? "" : href;
  }

  private static String describe(WebElement element) {
    return element.getTagName() + " " + element.getAttribute("outerHTML");
  }
}
