package nl.wegwijzer.web.it;

import static nl.wegwijzer.web.it.CoordinatorBrowser.choose;
import static nl.wegwijzer.web.it.CoordinatorBrowser.chosen;
import static nl.wegwijzer.web.it.CoordinatorBrowser.logIn;
import static nl.wegwijzer.web.it.CoordinatorBrowser.press;
import static nl.wegwijzer.web.it.CoordinatorBrowser.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Registering a signal in Chromium with real Keycloak logins: leaving with unsaved input asks
 * first; two steps filled and saved as a draft, the browser closed, the draft resumed from the
 * dashboard after a new login at the step it was saved on, languages picked by name, a submit with
 * a missing field answered next to that field with everything typed still there, then registered
 * and listed; the coordinator of another region gets the not-found page for its URL.
 */
class SignalRegistrationBrowserIT extends BrowserTest {

  /** At 390 pixels wide the page fits without sideways scrolling; a screenshot is kept. */
  private void onAPhone(String path, String name) {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    open(path);
    Number overflow =
        (Number)
            browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertEquals(0L, overflow.longValue(), path + " scrolls sideways on a phone");
    try {
      java.nio.file.Path folder = java.nio.file.Path.of("target", "screenshots");
      java.nio.file.Files.createDirectories(folder);
      java.nio.file.Files.write(
          folder.resolve(name + "-390.png"),
          browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
  }

  /**
   * Whether the page would ask before it is left: its beforeunload handler cancels the event.
   * ChromeDriver accepts the browser's own question by itself, so the handler is asked directly.
   */
  private boolean asksBeforeLeaving() {
    return (Boolean)
        browser.executeScript(
            "var leaving = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(leaving); return leaving.defaultPrevented;");
  }

  private String optionText(String select, String value) {
    return new Select(browser.findElement(By.id(select)))
        .getOptions().stream()
            .filter(o -> value.equals(o.getAttribute("value")))
            .findFirst()
            .orElseThrow()
            .getText();
  }

  @Test
  void aDraftIsResumedCompletedAndRegisteredAndStaysInItsRegion() {
    String pseudonym = "Mira T" + Long.toString(System.nanoTime(), 36).substring(0, 5);
    String account = "Werkt 14 uur per dag in een kwekerij, slaapt in een schuur; " + pseudonym;

    logIn(browser, wait, "coordinator-zeeland", "/coordinatie/signalen/nieuw");
    WebElement currentStep = browser.findElement(By.cssSelector(".progress li.current input"));
    assertEquals("1. Binnenkomst", currentStep.getAttribute("value"));
    assertEquals("step", currentStep.getAttribute("aria-current"));
    assertEquals("Stap 1 van 6", browser.findElement(By.id("step-count")).getText());
    assertFalse(asksBeforeLeaving(), "an untouched form lets go");
    choose(browser, "signal:channel", "phone");
    choose(browser, "signal:reporterType", "labour-inspectorate");
    type(browser, "signal:reporterContact", "Inspecteur J. de Wit, 0118-000000");
    assertTrue(asksBeforeLeaving(), "leaving with unsaved input asks first");
    press(browser, wait, "signal:next");
    assertEquals("true", browser.findElement(By.id("signal")).getAttribute("data-unsaved"));
    assertTrue(asksBeforeLeaving(), "the view holds the first step's input, still unsaved");
    assertEquals(
        "Zeeland", browser.findElement(By.id("region")).getText(), "defaults to my region");
    type(browser, "signal:municipality", "Atlantis");
    press(browser, wait, "signal:save-draft");
    WebElement unknown =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("municipality-error")));
    assertTrue(unknown.getText().contains("We kennen geen gemeente 'Atlantis'"), unknown.getText());
    WebElement municipality = browser.findElement(By.id("signal:municipality"));
    assertEquals("true", municipality.getAttribute("aria-invalid"));
    assertTrue(municipality.getAttribute("aria-describedby").contains("municipality-error"));
    assertEquals("Atlantis", municipality.getAttribute("value"), "the service's refusal keeps it");
    type(browser, "signal:municipality", "Vlissingen");
    press(browser, wait, "signal:save-draft");
    String notice =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText();
    String reference = browser.findElement(By.id("reference")).getText();
    assertTrue(reference.matches("WW-[0-9A-Z]{4}-[0-9A-Z]{4}"), reference);
    assertTrue(notice.contains(reference), notice);
    assertEquals(
        "Vlissingen", browser.findElement(By.id("signal:municipality")).getAttribute("value"));
    assertEquals("false", browser.findElement(By.id("signal")).getAttribute("data-unsaved"));
    assertFalse(asksBeforeLeaving(), "saved: leaves at once");
    browser.quit();

    browser = Browser.take();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    logIn(browser, wait, "coordinator-zeeland", "/coordinatie");
    WebElement draft =
        browser.findElement(By.cssSelector("#draft-list li[data-reference='" + reference + "'] a"));
    draft.click();
    wait.until(ExpectedConditions.urlContains("/coordinatie/signalen/" + reference + "/bewerken"));
    assertEquals(
        "Stap 2 van 6",
        browser.findElement(By.id("step-count")).getText(),
        "the draft opens at the step it was saved on");
    assertEquals(
        "Vlissingen", browser.findElement(By.id("signal:municipality")).getAttribute("value"));
    press(browser, wait, "signal:previous");
    assertEquals("phone", chosen(browser, "signal:channel"), "the draft kept the first step");
    assertEquals("labour-inspectorate", chosen(browser, "signal:reporterType"));
    press(browser, wait, "signal:next");
    press(browser, wait, "signal:next");

    // a person can be exploited in several forms at once
    browser.findElement(By.id("form-labour")).click();
    browser.findElement(By.id("form-criminal")).click();
    choose(browser, "signal:sector", "agriculture");
    List<WebElement> indicators = browser.findElements(By.cssSelector("input[name=indicator]"));
    assertFalse(indicators.isEmpty(), "the indicator list of the guide is offered");
    indicators.get(0).click();
    String ticked = indicators.get(0).getAttribute("value");
    type(browser, "signal:account", account);
    press(browser, wait, "signal:next");

    type(browser, "signal:pseudonym", pseudonym);
    type(browser, "signal:birthYear", "2011");
    browser.findElement(By.id("signal:gender")).click();
    // the minor flag is computed on the server and replaced in place as soon as the year is entered
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(ExpectedConditions.attributeToBe(By.id("minor-value"), "data-minor", "yes"));
    type(browser, "signal:birthYear", "1990");
    choose(browser, "signal:gender", "female");
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(ExpectedConditions.attributeToBe(By.id("minor-value"), "data-minor", "no"));
    List<WebElement> nationalities =
        new Select(browser.findElement(By.id("signal:nationality"))).getOptions();
    assertEquals("Onbekend", nationalities.get(1).getText());
    assertEquals("Staatloos", nationalities.get(2).getText());
    choose(browser, "signal:nationality", "RO");
    // languages are picked by their Dutch names and kept as codes
    assertEquals("Tigrinya", optionText("language-add", "ti"));
    choose(browser, "language-add", "ro");
    press(browser, wait, "signal:add-language");
    assertTrue(browser.findElement(By.id("language-ro")).isSelected());
    assertEquals(
        "Roemeens", browser.findElement(By.cssSelector("label[for='language-ro']")).getText());
    assertEquals(pseudonym, browser.findElement(By.id("signal:pseudonym")).getAttribute("value"));
    choose(browser, "language-add", "en");
    choose(browser, "signal:interpreterNeeded", "true");
    assertEquals("Roemeens", optionText("signal:interpreterLanguage", "ro"));
    choose(browser, "signal:interpreterLanguage", "ro");
    choose(browser, "signal:residenceStatus", "eu-citizen");
    press(browser, wait, "signal:next");
    press(browser, wait, "signal:next");
    String facts = browser.findElement(By.id("signal-facts")).getText();
    assertTrue(facts.contains(pseudonym), facts);
    assertTrue(facts.contains("Roemeens, Engels"), facts);
    assertTrue(facts.contains("Ja (Roemeens)"), facts);
    assertTrue(browser.findElements(By.id("duplicates-title")).size() == 1);

    press(browser, wait, "signal:submit");
    WebElement summary =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    assertEquals("alert", summary.getAttribute("role"));
    assertTrue(summary.getText().contains("Toestemming voor registratie"), summary.getText());
    assertEquals(
        "#signal:consent",
        summary.findElement(By.cssSelector("a[href='#signal:consent']")).getAttribute("hash"));
    WebElement consent = browser.findElement(By.id("signal:consent"));
    assertEquals("true", consent.getAttribute("aria-invalid"));
    assertTrue(consent.getAttribute("aria-describedby").contains("consent-error"));
    assertTrue(browser.findElement(By.id("consent-error")).isDisplayed());
    assertEquals(pseudonym, browser.findElement(By.id("signal:pseudonym")).getAttribute("value"));
    assertEquals(account, browser.findElement(By.id("signal:account")).getAttribute("value"));
    assertEquals("1990", browser.findElement(By.id("signal:birthYear")).getAttribute("value"));
    assertTrue(
        browser.findElement(By.id("indicator-" + ticked)).isSelected(), "ticks survive the error");
    assertTrue(browser.findElement(By.id("form-labour")).isSelected(), "forms survive the error");
    assertTrue(browser.findElement(By.id("form-criminal")).isSelected());
    assertFalse(browser.findElement(By.id("form-organ")).isSelected());

    choose(browser, "signal:consent", "given");
    choose(browser, "signal:consentSignedBy", "person");
    press(browser, wait, "signal:submit");
    wait.until(ExpectedConditions.urlContains("/coordinatie/signalen/" + reference));
    assertTrue(browser.findElement(By.id("notice")).getText().contains("geregistreerd"));
    assertTrue(browser.findElement(By.id("signal-status")).getText().contains("Geregistreerd"));
    assertEquals(pseudonym, browser.findElement(By.id("pseudonym")).getText());
    String shown = browser.findElement(By.tagName("main")).getText();
    assertTrue(shown.contains("Engels, Roemeens") && shown.contains("Ja (Roemeens)"), shown);
    String forms = browser.findElement(By.id("forms")).getText();
    assertTrue(
        forms.contains("Arbeidsuitbuiting") && forms.contains("Criminele uitbuiting"), forms);

    open("/coordinatie/signalen?status=registered");
    assertTrue(
        browser
                .findElements(By.cssSelector("tr.signal-row[data-reference='" + reference + "']"))
                .size()
            == 1,
        "the registered signal is listed");

    onAPhone("/coordinatie/signalen/" + reference, "signal");
    onAPhone("/coordinatie/signalen/nieuw", "signal-form");
    onAPhone("/coordinatie", "dashboard");

    ChromeDriver utrecht = Browser.take();
    try {
      WebDriverWait utrechtWait = new WebDriverWait(utrecht, Duration.ofSeconds(20));
      logIn(utrecht, utrechtWait, "coordinator-utrecht", "/coordinatie");
      utrecht.get(RunningApp.baseUrl() + "/coordinatie/signalen/" + reference);
      assertEquals("Pagina niet gevonden", utrecht.findElement(By.tagName("h1")).getText());
      assertFalse(utrecht.getPageSource().contains(pseudonym));
      utrecht.get(RunningApp.baseUrl() + "/coordinatie/signalen/" + reference + "/bewerken");
      assertEquals("Pagina niet gevonden", utrecht.findElement(By.tagName("h1")).getText());
      utrecht.get(RunningApp.baseUrl() + "/coordinatie/signalen");
      assertFalse(utrecht.getPageSource().contains(reference));
    } finally {
      Browser.release(utrecht);
    }
  }
}
