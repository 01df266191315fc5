package nl.wegwijzer.web.it;

import static nl.wegwijzer.web.it.CoordinatorBrowser.choose;
import static nl.wegwijzer.web.it.CoordinatorBrowser.logIn;
import static nl.wegwijzer.web.it.CoordinatorBrowser.press;
import static nl.wegwijzer.web.it.CoordinatorBrowser.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two coordinators' sessions change the same bottleneck or signal: the second is refused with a
 * message on the same page and what it typed is still in the field, whether the service sees the
 * newer version or the database finds it only when the second one writes (both read the same
 * version before either wrote: the test holds the row until both requests wait for it).
 */
class ConflictBrowserIT extends BrowserTest {

  private static final String CONFLICT = "Iemand anders heeft dit intussen gewijzigd";

  private ChromeDriver first;
  private WebDriverWait firstWait;

  @BeforeEach
  void openFirstSession() {
    first = Browser.take();
    firstWait = new WebDriverWait(first, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeFirstSession() {
    Browser.release(first);
  }

  private static String unique(String text) {
    return text + " " + Long.toString(System.nanoTime(), 36);
  }

  private static By row(String description) {
    return By.xpath(
        "//tr[contains(@class,'bottleneck-row')][td[contains(., '" + description + "')]]");
  }

  /** Both sessions have the bottleneck in their correction form; its id. */
  private long bothCorrecting(String description) {
    logIn(first, firstWait, "coordinator-zeeland", "/coordinatie/knelpunten");
    choose(first, "bottleneck:category", "no-interpreter");
    type(first, "bottleneck:description", description);
    press(first, firstWait, "bottleneck:save");
    logIn(browser, wait, "coordinator-zeeland", "/coordinatie/knelpunten");
    for (ChromeDriver session : new ChromeDriver[] {first, browser}) {
      session
          .findElement(row(description))
          .findElement(By.cssSelector("input[id$=':correct']"))
          .click();
    }
    firstWait.until(ExpectedConditions.textToBe(By.id("form-title"), "Knelpunt corrigeren"));
    wait.until(ExpectedConditions.textToBe(By.id("form-title"), "Knelpunt corrigeren"));
    return Long.parseLong(browser.findElement(row(description)).getAttribute("data-id"));
  }

  private void refusedWithTypedTextKept(String field, String typed) {
    String message =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("failures"))).getText();
    assertTrue(message.contains(CONFLICT), message);
    assertEquals(typed, browser.findElement(By.id(field)).getAttribute("value"));
  }

  @Test
  void theSecondCorrectionOfABottleneckIsRefusedAndKeepsItsText() {
    String description = unique("Geen tolk Eritrees beschikbaar");
    bothCorrecting(description);

    type(first, "bottleneck:description", description + " (door de eerste)");
    press(first, firstWait, "bottleneck:save");
    assertTrue(first.findElement(By.id("notice")).getText().contains("correctie"));

    String typed = description + " (door de tweede)";
    type(browser, "bottleneck:description", typed);
    press(browser, wait, "bottleneck:save");
    refusedWithTypedTextKept("bottleneck:description", typed);
    assertTrue(browser.getPageSource().contains("Knelpunt corrigeren"), "still the same form");
  }

  @Test
  void aBottleneckChangedBetweenReadAndWriteIsRefusedAndKeepsItsText() throws Exception {
    String description = unique("Geen crisisplek voor een moeder met kind");
    long id = bothCorrecting(description);
    type(first, "bottleneck:description", description + " (door de eerste)");
    String typed = description + " (door de tweede)";
    type(browser, "bottleneck:description", typed);

    try (RowHold hold =
        RowHold.lock("select 1 from casework.bottleneck where id = ? for update", id)) {
      pressWhileHeld(first, "bottleneck:save", hold, 1);
      pressWhileHeld(browser, "bottleneck:save", hold, 2);
    }

    firstWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
    refusedWithTypedTextKept("bottleneck:description", typed);
    assertEquals(
        description + " (door de eerste)",
        RowHold.read("select description from casework.bottleneck where id = ?", id),
        "the first correction stays");
  }

  @Test
  void aSignalChangedBetweenReadAndWriteIsRefusedAndKeepsItsText() throws Exception {
    logIn(first, firstWait, "coordinator-zeeland", "/coordinatie/signalen/nieuw");
    choose(first, "signal:channel", "phone");
    choose(first, "signal:reporterType", "labour-inspectorate");
    press(first, firstWait, "signal:save-draft");
    String reference = first.findElement(By.id("reference")).getText();
    String form = "/coordinatie/signalen/" + reference + "/bewerken";
    first.get(RunningApp.baseUrl() + form);
    logIn(browser, wait, "coordinator-zeeland", form);

    type(first, "signal:reporterContact", "Inspecteur A. de Eerste");
    String typed = "Inspecteur B. de Tweede, 0118-000000";
    type(browser, "signal:reporterContact", typed);
    try (RowHold hold =
        RowHold.lock("select 1 from casework.signal where reference = ? for update", reference)) {
      pressWhileHeld(first, "signal:save-draft", hold, 1);
      pressWhileHeld(browser, "signal:save-draft", hold, 2);
    }

    assertTrue(
        firstWait
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")))
            .getText()
            .contains(reference));
    refusedWithTypedTextKept("signal:reporterContact", typed);

    press(browser, wait, "signal:overwrite");
    assertTrue(
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")))
            .getText()
            .contains(reference),
        "after the conflict the second one may keep its text over the first");
    assertEquals(typed, browser.findElement(By.id("signal:reporterContact")).getAttribute("value"));
  }

  /** Presses the button without waiting for the answer, which waits for the held row. */
  private static void pressWhileHeld(ChromeDriver session, String button, RowHold hold, int waiting)
      throws InterruptedException, SQLException {
    session.executeScript(
        "var button = arguments[0]; setTimeout(function () { button.click(); }, 500);",
        session.findElement(By.id(button)));
    hold.awaitWaiting(waiting);
  }
}
