package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Safer for the person at risk, in Chromium on a phone-sized window (390 × 844): the header leads
 * to the "Veilig zoeken" page in both languages; after sending the public signal form the answer is
 * focused and in view, and Back shows the form empty; the counter instead of a silent cut; a post
 * that came too fast can be sent again a moment later with its text. The quick exit on a phone:
 * DirectoryBrowserIT.
 */
class SafetyBrowserIT extends BrowserTest {

  private static final Dimension PHONE = new Dimension(390, 844);
  private static final AtomicInteger ADDRESS = new AtomicInteger(10);

  /** Every post of this class counts for an address of its own (loopback is a trusted proxy). */
  @BeforeEach
  void ownAddress() {
    browser.executeCdpCommand("Network.enable", Map.of());
    browser.executeCdpCommand(
        "Network.setExtraHTTPHeaders",
        Map.of("headers", Map.of("X-Forwarded-For", "198.51.100." + ADDRESS.getAndIncrement())));
  }

  /** The browser is the next class's too: its requests come from loopback again. */
  @AfterAll
  void noOwnAddress() {
    browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
    browser.executeCdpCommand("Network.disable", Map.of());
  }

  @Test
  void theHeaderLeadsToTheSafeBrowsingPageInDutchAndEnglish() {
    browser.manage().window().setSize(PHONE);
    open("/");
    browser.findElement(By.id("safe-browsing-link")).click();
    wait.until(ExpectedConditions.urlContains("/veilig-zoeken"));
    assertEquals("Veilig zoeken", browser.findElement(By.tagName("h1")).getText());
    String page = browser.findElement(By.id("safe-browsing")).getText();
    assertTrue(page.contains("privévenster"), page);
    assertTrue(page.contains("telefoon"), page);

    open("/veilig-zoeken?lang=en");
    assertEquals("Browse safely", browser.findElement(By.tagName("h1")).getText());
    assertTrue(browser.findElement(By.id("safe-browsing")).getText().contains("private window"));
    assertEquals("Browse safely", browser.findElement(By.id("safe-browsing-link")).getText());
  }

  private Object focused() {
    return browser.executeScript("return document.activeElement.id;");
  }

  /** Whether the element's top is on the screen. */
  private boolean inView(WebElement element) {
    return Boolean.TRUE.equals(
        browser.executeScript(
            "var r = arguments[0].getBoundingClientRect();"
                + " return r.height > 0 && r.top >= 0 && r.top < window.innerHeight;",
            element));
  }

  private void fillIn(String account) {
    browser.findElement(By.id("field-gemeente")).sendKeys("Middelburg");
    browser.findElement(By.id("field-wat")).sendKeys(account);
  }

  @Test
  void afterSendingTheAnswerIsFocusedAndBackShowsTheFormEmpty() throws InterruptedException {
    browser.manage().window().setSize(PHONE);
    open("/signaal-melden");
    String account = "Op de camping werken mensen zonder loon, browsertest " + System.nanoTime();
    fillIn(account);
    pastTheFillTime();
    submit(By.id("send"));
    wait.until(ExpectedConditions.urlContains("/signaal-melden/ontvangen"));
    WebElement confirmation = browser.findElement(By.id("confirmation"));
    assertEquals("confirmation", focused(), "the answer has the focus");
    assertTrue(inView(confirmation), "the answer is on the screen");

    browser.navigate().back();
    wait.until(ExpectedConditions.urlMatches(".*/signaal-melden$"));
    WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("field-wat")));
    assertEquals("", field.getAttribute("value"), "Back shows the form empty");
    assertEquals("", browser.findElement(By.id("field-gemeente")).getAttribute("value"));
    assertFalse(browser.getPageSource().contains(account), "the account is nowhere on the page");
  }

  @Test
  void theCounterSaysWhatIsLeftAndTooLongIsNamedNotCut() {
    browser.manage().window().setSize(PHONE);
    open("/signaal-melden");
    WebElement field = browser.findElement(By.id("field-wat"));
    WebElement counter = browser.findElement(By.id("wat-counter"));
    assertTrue(counter.isDisplayed());
    assertEquals("U kunt nog 4.000 tekens typen.", counter.getText());
    assertEquals(null, field.getAttribute("maxlength"), "no silent cut at the limit");
    field.sendKeys("Twaalf tekens");
    assertEquals("U kunt nog 3.987 tekens typen.", counter.getText());
    wait.until(
        ExpectedConditions.textToBe(By.id("wat-counter-live"), "U kunt nog 3.987 tekens typen."));

    // Pasted text over the limit stays whole; the counter and then the server say how much over.
    browser.executeScript(
        "arguments[0].value = 'x'.repeat(4010);"
            + " arguments[0].dispatchEvent(new Event('input'));",
        field);
    assertEquals("U heeft 10 tekens te veel. Maak de tekst korter.", counter.getText());
    assertEquals(4010, field.getAttribute("value").length());
    browser.findElement(By.id("field-gemeente")).sendKeys("Middelburg");
    pastTheFillTime();
    submit(By.id("send"));
    WebElement message = browser.findElement(By.id("form-message"));
    assertEquals("form-message", focused(), "the refusal has the focus");
    assertTrue(inView(message), "the refusal is on the screen");
    assertTrue(message.getText().contains("hoogstens 4.000 tekens"), message.getText());
    assertEquals(4010, browser.findElement(By.id("field-wat")).getAttribute("value").length());
  }

  /**
   * Gives the form the time stamp of one served seconds ago, instead of waiting for the fill time
   * to pass: these tests are about what comes after that check (the last test waits for real).
   */
  private void pastTheFillTime() {
    stamp(RunningApp.formServedSecondsAgo());
  }

  private void stamp(String stamp) {
    browser.executeScript("document.querySelector('input[name=t]').value = arguments[0];", stamp);
  }

  @Test
  void aPostThatCameTooFastCanBeSentAgainAMomentLaterWithItsText() throws InterruptedException {
    open("/signaal-melden");
    String account = "Snel geplakt verhaal uit de browser " + System.nanoTime();
    fillIn(account);
    // The form as served this moment: the post is too fast however slowly a loaded machine types.
    long opened = System.nanoTime();
    stamp(RunningApp.formServed(Duration.ZERO));
    submit(By.id("send"));
    WebElement message = browser.findElement(By.id("form-message"));
    assertTrue(message.getText().contains("Wacht een paar tellen"), message.getText());
    assertEquals("form-message", focused());
    assertEquals(account, browser.findElement(By.id("field-wat")).getAttribute("value"));

    // The form came back with its first time stamp: once that is old enough, sending passes,
    // although the page that came back is younger than the minimum fill time.
    long waited = (System.nanoTime() - opened) / 1_000_000;
    Thread.sleep(Math.max(0, 3_300 - waited));
    submit(By.id("send"));
    wait.until(ExpectedConditions.urlContains("/signaal-melden/ontvangen"));
    assertTrue(browser.findElement(By.id("public-reference")).isDisplayed());
  }
}
