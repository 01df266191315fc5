package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What an editor met on an organisation, in Chromium with real Keycloak logins: the text editor's
 * toolbar icons are drawn and its link dialog speaks the page's language; the review queue names
 * the kind ("Organisatie", not {@code ???kindCode.organisation???}); and the history compares two
 * versions field by field with the form's labels and yes/no instead of keys and true/false.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Lanes.PUBLIC_SITE)
@Order(Lanes.AFTER_THE_READERS)
class OrganisationHistoryBrowserIT extends BrowserTest {

  /** A demo organisation no other browser test changes. */
  private static final String ORGANISATION = "stichting-hofvijver-opvang";

  private static final String EDIT = "/redactie/organisaties/" + ORGANISATION;

  private String notice() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText();
  }

  private Object script(String script, Object... arguments) {
    return browser.executeScript(script, arguments);
  }

  /** Opens the link dialog of the description's editor and answers its prompt's text. */
  private String linkPrompt() {
    WebElement text = browser.findElement(By.cssSelector("[id='edit:f-description'] .ql-editor"));
    text.click();
    text.sendKeys(Keys.chord(Keys.CONTROL, "a"));
    browser.findElement(By.cssSelector("[id='edit:f-description'] button.ql-link")).click();
    WebElement tooltip =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='edit:f-description'] .ql-tooltip.ql-editing")));
    String prompt =
        (String) script("return getComputedStyle(arguments[0], '::before').content;", tooltip);
    tooltip.findElement(By.cssSelector("input[type=text]")).sendKeys(Keys.ESCAPE);
    return prompt;
  }

  @Test
  void theEditorsToolsQueueAndHistorySpeakTheEditorsLanguage() {
    open(EDIT);
    logInAs("editor-a");
    wait.until(ExpectedConditions.urlContains(RunningApp.baseUrl() + EDIT));

    List<WebElement> icons =
        browser.findElements(By.cssSelector("[id='edit:f-description'] .ql-toolbar button svg"));
    assertEquals(5, icons.size(), "bold, italic, two lists, link");
    for (WebElement icon : icons) {
      String stroke =
          (String)
              script(
                  "var line = arguments[0].querySelector('.ql-stroke');"
                      + " return line ? getComputedStyle(line).stroke : 'no line';",
                  icon);
      assertNotEquals("none", stroke, "an icon without a stroke is invisible");
      assertTrue(icon.getSize().getWidth() > 0 && icon.isDisplayed());
    }
    assertEquals("\"Adres van de link:\"", linkPrompt());

    WebElement description =
        browser.findElement(By.cssSelector("[id='edit:f-description'] .ql-editor"));
    description.click();
    description.sendKeys(Keys.chord(Keys.CONTROL, "a"));
    description.sendKeys("Opvang en begeleiding in de regio Haaglanden, ook in het weekend.");
    submit(By.id("edit:submit"));
    assertTrue(notice().contains("beoordeling"), notice());

    try (EditorialBrowserIT.Editor b =
        EditorialBrowserIT.Editor.logIn(Browser.take(), "editor-b", "/redactie")) {
      WebElement waiting =
          b.browser.findElement(By.cssSelector("#waiting tr[data-slug='" + ORGANISATION + "']"));
      assertEquals("Organisatie", waiting.findElements(By.tagName("td")).get(1).getText());
      b.open(EDIT);
      b.click("review:approve");
      assertTrue(b.notice().contains("gepubliceerd"), b.notice());
    }

    open(EDIT);
    WebElement number =
        browser.findElement(By.cssSelector("#phones input[id$=':number']:not([type=checkbox])"));
    number.clear();
    number.sendKeys("070 000 0101");
    WebElement allDay = browser.findElement(By.cssSelector("#phones input[id$=':allDay']"));
    boolean wasAllDay = allDay.isSelected();
    allDay.click();
    submit(By.id("edit:save"));
    assertTrue(notice().toLowerCase(java.util.Locale.ROOT).contains("concept"), notice());

    open(EDIT + "/geschiedenis");
    List<WebElement> changed = browser.findElements(By.cssSelector("#diff tr.diff-line"));
    List<String> labels =
        changed.stream().map(row -> row.findElement(By.tagName("th")).getText()).toList();
    assertTrue(labels.contains("Telefoonnummer 1: Nummer"), labels.toString());
    assertTrue(
        labels.contains("Telefoonnummer 1: Dag en nacht bereikbaar (24/7)"), labels.toString());
    assertFalse(labels.stream().anyMatch(l -> l.matches(".*\\w\\.\\d+\\.\\w.*")), "no keys");
    WebElement flag =
        browser.findElement(By.cssSelector("#diff tr.diff-line[data-field='phone.1.allDay']"));
    assertEquals(
        wasAllDay ? "Ja" : "Nee", flag.findElement(By.cssSelector(".diff-left")).getText());
    assertEquals(
        wasAllDay ? "Nee" : "Ja",
        flag.findElement(By.cssSelector(".diff-right .diff-added")).getText());
    assertTrue(
        browser.findElement(By.cssSelector("#diff-same summary")).getText().contains("niet"),
        "the unchanged fields are folded away");

    open(EDIT + "?lang=en");
    assertEquals("\"Enter link:\"", linkPrompt());
  }
}
