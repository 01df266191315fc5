package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Bottlenecks in Chromium with real Keycloak logins: a coordinator of Zeeland records one, an
 * editor finds it counted in the national overview, the coordinator of Utrecht does not see it, and
 * a description with an e-mail address is refused without losing what was typed.
 */
class BottlenecksBrowserIT extends BrowserTest {

  private static void logIn(ChromeDriver driver, WebDriverWait waiting, String user, String path) {
    CoordinatorBrowser.logIn(driver, waiting, user, path);
  }

  /** The count of 'no shelter place' for Zeeland in the editors' overview of the default period. */
  private static long zeelandShelterCount(ChromeDriver driver) {
    driver.get(RunningApp.baseUrl() + "/redactie/knelpunten");
    return Long.parseLong(
        driver
            .findElement(
                By.cssSelector(
                    "#by-region tr[data-region='zeeland'] td[data-category='no-shelter-place']"))
            .getText()
            .strip());
  }

  private void fillIn(String category, String description) {
    new Select(browser.findElement(By.id("bottleneck:category"))).selectByValue(category);
    WebElement text = browser.findElement(By.id("bottleneck:description"));
    text.clear();
    text.sendKeys(description);
    browser.findElement(By.id("bottleneck:save")).click();
  }

  @Test
  void aZeelandBottleneckIsCountedForEditorsAndHiddenFromUtrecht() {
    String unique =
        "Geen crisisplek vrij in de regio, test " + Long.toString(System.nanoTime(), 36);
    ChromeDriver editor = Browser.take();
    try {
      WebDriverWait editorWait = new WebDriverWait(editor, java.time.Duration.ofSeconds(20));
      logIn(editor, editorWait, "editor-a", "/redactie/knelpunten");
      long before = zeelandShelterCount(editor);
      editor.get(RunningApp.baseUrl() + "/redactie/knelpunten?van=2026-13");
      String refused =
          editorWait
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("failures")))
              .getText();
      assertTrue(refused.contains("Vul bij ‘Van’ een maand in als jjjj-mm"), refused);
      assertEquals("true", editor.findElement(By.id("van")).getAttribute("aria-invalid"));

      logIn(browser, wait, "coordinator-zeeland", "/coordinatie/knelpunten");
      assertTrue(
          browser.findElement(By.id("privacy-note")).getText().contains("geen persoonsgegevens"),
          "the form says not to enter personal data");
      assertEquals(
          "zeeland",
          new Select(browser.findElement(By.id("bottleneck:region")))
              .getFirstSelectedOption()
              .getAttribute("value"),
          "a coordinator of one region gets it chosen already");
      assertEquals(
          LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString(),
          browser.findElement(By.id("bottleneck:observedOn")).getAttribute("value"));
      fillIn("no-shelter-place", unique);
      assertTrue(
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")))
              .getText()
              .contains("vastgelegd"));
      assertTrue(browser.findElement(By.id("bottlenecks")).getText().contains(unique));
      assertEquals("", browser.findElement(By.id("bottleneck:description")).getAttribute("value"));

      assertEquals(before + 1, zeelandShelterCount(editor));
      assertTrue(
          Long.parseLong(editor.findElement(By.id("grand-total")).getText().strip()) >= 1,
          "the national total counts it");
      assertTrue(
          editor.findElement(By.id("coverage")).getText().contains("Zeeland"),
          "the coverage matrix stands beside the overview");
      assertFalse(
          editor.getPageSource().contains(unique), "editors see counts, never descriptions");
    } finally {
      Browser.release(editor);
    }

    ChromeDriver utrecht = Browser.take();
    try {
      WebDriverWait utrechtWait = new WebDriverWait(utrecht, java.time.Duration.ofSeconds(20));
      logIn(utrecht, utrechtWait, "coordinator-utrecht", "/coordinatie/knelpunten");
      assertFalse(utrecht.getPageSource().contains(unique), "Utrecht does not see Zeeland's entry");
      assertEquals(
          List.of(),
          utrecht.findElements(By.cssSelector("tr.bottleneck-row[data-region='zeeland']")));
      List<String> regions =
          new Select(utrecht.findElement(By.id("bottleneck:region")))
              .getOptions().stream()
                  .map(option -> option.getAttribute("value"))
                  .filter(value -> !value.isEmpty())
                  .toList();
      assertEquals(List.of("utrecht"), regions, "Utrecht can record only for Utrecht");
    } finally {
      Browser.release(utrecht);
    }
  }

  @Test
  void aDescriptionWithAnEmailAddressIsRefusedAndTheTypedTextStays() {
    logIn(browser, wait, "coordinator-zeeland", "/coordinatie/knelpunten");
    String typed = "Cliënte wacht op opvang, mail haar via j.jansen@example.nl";
    fillIn("care-waiting-list", typed);
    String problem =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("failures"))).getText();
    assertTrue(problem.contains("e-mailadres"), problem);
    assertTrue(problem.contains("niets opgeslagen"), problem);
    WebElement description = browser.findElement(By.id("bottleneck:description"));
    assertEquals(typed, description.getAttribute("value"));
    assertEquals("true", description.getAttribute("aria-invalid"));
    assertEquals(
        "care-waiting-list",
        new Select(browser.findElement(By.id("bottleneck:category")))
            .getFirstSelectedOption()
            .getAttribute("value"));
    assertFalse(
        browser.findElements(By.id("bottlenecks")).stream()
            .anyMatch(table -> table.getText().contains("j.jansen")),
        "nothing was saved");
  }

  @Test
  void aCoordinatorCorrectsAndWithdrawsAfterConfirming() {
    String unique = "Tolk Tigrinya pas na drie weken, test " + Long.toString(System.nanoTime(), 36);
    logIn(browser, wait, "coordinator-zeeland", "/coordinatie/knelpunten");
    fillIn("no-interpreter", unique);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
    By row = By.xpath("//tr[contains(@class,'bottleneck-row')][td[contains(., '" + unique + "')]]");

    browser.findElement(row).findElement(By.cssSelector("input[id$=':correct']")).click();
    wait.until(ExpectedConditions.textToBe(By.id("form-title"), "Knelpunt corrigeren"));
    assertEquals(
        unique, browser.findElement(By.id("bottleneck:description")).getAttribute("value"));
    fillIn("no-interpreter", unique + " (gecorrigeerd)");
    assertTrue(
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")))
            .getText()
            .contains("correctie"));
    assertTrue(
        browser.findElement(row).getText().contains("gecorrigeerd door coordinator-zeeland"));

    browser.findElement(row).findElement(By.cssSelector("input[id$=':withdraw']")).click();
    WebElement confirm =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
    assertTrue(confirm.getText().contains("Weet u zeker"));
    confirm.findElement(By.cssSelector("input[id$=':confirm-withdraw']")).click();
    assertTrue(
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")))
            .getText()
            .contains("ingetrokken"));
    assertFalse(browser.getPageSource().contains(unique));
  }
}
