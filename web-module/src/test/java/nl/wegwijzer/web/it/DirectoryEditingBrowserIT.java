package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The directory's editing screens in Chromium with real Keycloak logins: editor A changes a demo
 * organisation's profile and adds a service, cannot approve it herself, editor B approves it and
 * the public profile shows it; editor A uploads a PC4 table with a bad line, sees what it would
 * change and the rejected line, applies it after a confirmation, and the public coordinator finder
 * answers for the new postcodes.
 */
class DirectoryEditingBrowserIT extends BrowserTest {

  /** A demo organisation no other browser test changes. */
  private static final String ORGANISATION = "advocatencollectief-binnenduin";

  private void logInAt(String path) {
    open(path);
    logInAs("editor-a");
    wait.until(ExpectedConditions.urlContains(RunningApp.baseUrl() + path));
  }

  private void type(WebElement field, String text) {
    field.clear();
    field.sendKeys(text);
  }

  private String notice() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText();
  }

  /** The public coordinator finder's answer for a place. */
  private WebElement finderAnswer(String path) {
    open(path);
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("coordinator-answer")));
  }

  @Test
  void anOrganisationIsEditedByOneEditorApprovedByAnotherAndShownPublicly() {
    String stamp = Long.toString(System.nanoTime(), 36);
    String description = "Nieuwe beschrijving uit de redactie " + stamp + ".";
    String serviceName = "Inloopspreekuur " + stamp;
    logInAt("/redactie/organisaties/" + ORGANISATION);
    open("/redactie/organisaties/" + ORGANISATION + "-bestaat-niet");
    assertTrue(browser.getTitle().contains("niet gevonden"), browser.getTitle());
    open("/redactie/organisaties/" + ORGANISATION);
    Accessibility.assertNoViolations(browser, "organisation edit page");

    type(browser.findElement(By.id("edit:f-name")), "Advocatencollectief Binnenduin " + stamp);
    WebElement rich = browser.findElement(By.cssSelector("[id='edit:f-description'] .ql-editor"));
    rich.click();
    rich.sendKeys(Keys.chord(Keys.CONTROL, "a"));
    rich.sendKeys(description);

    // A value inside the nested rows (a location's day) travels with the form like the others.
    WebElement saturday =
        browser.findElement(By.cssSelector("#locations .org-row input[data-day='saturday']"));
    type(saturday, "10:00-12:30");

    int servicesBefore = browser.findElements(By.cssSelector("#services .org-row")).size();
    browser.findElement(By.id("edit:add-service")).click();
    wait.until(
        d -> d.findElements(By.cssSelector("#services .org-row")).size() == servicesBefore + 1);
    // What was typed before the postback that added the row is still there.
    assertEquals(
        "Advocatencollectief Binnenduin " + stamp,
        browser.findElement(By.id("edit:f-name")).getAttribute("value"));
    assertTrue(
        browser
            .findElement(By.cssSelector("[id='edit:f-description'] .ql-editor"))
            .getText()
            .contains(description));

    List<WebElement> rows = browser.findElements(By.cssSelector("#services .org-row"));
    WebElement row = rows.get(rows.size() - 1);
    type(row.findElement(By.cssSelector("input[id$=':name']")), serviceName);
    type(
        row.findElement(By.cssSelector("textarea[id$=':description']")),
        "Zonder afspraak langskomen voor een eerste gesprek.");
    new Select(row.findElement(By.cssSelector("select[data-field='careNeed']"))).selectByIndex(1);
    new Select(row.findElement(By.cssSelector("select[data-field='access']"))).selectByIndex(1);
    new Select(row.findElement(By.cssSelector("select[data-field='scope']"))).selectByIndex(1);
    for (String field : List.of("ageGroups", "genders", "nationalities", "forms")) {
      row.findElement(By.cssSelector("[data-field='" + field + "'] input[type=checkbox]")).click();
    }

    submit(By.id("edit:submit"));
    String submitted = notice();
    assertTrue(submitted.contains("beoordeling"), submitted);
    assertTrue(browser.findElements(By.id("review:approve")).isEmpty(), "A cannot approve");
    assertTrue(browser.findElement(By.id("own-review")).isDisplayed());

    open("/organisaties/" + ORGANISATION);
    assertFalse(browser.getPageSource().contains(serviceName), "not public before approval");
    // An anonymous visitor's copy, now in the page cache.
    Api.Answer before = Api.get("/organisaties/" + ORGANISATION);
    assertEquals("public, max-age=0, must-revalidate, s-maxage=1", before.header("cache-control"));
    assertFalse(before.body().contains(serviceName));

    ChromeDriver other = Browser.open();
    try {
      WebDriverWait otherWait = new WebDriverWait(other, Duration.ofSeconds(20));
      String path = "/redactie/organisaties/" + ORGANISATION;
      other.get(RunningApp.baseUrl() + path);
      otherWait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
      other.findElement(By.id("username")).sendKeys("editor-b");
      other.findElement(By.id("password")).sendKeys(Keycloak.PASSWORD);
      other.findElement(By.cssSelector("[type=submit]")).click();
      otherWait.until(ExpectedConditions.urlContains(RunningApp.baseUrl() + path));
      other.findElement(By.id("review:approve")).click();
      String published =
          otherWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText();
      assertTrue(published.contains("gepubliceerd"), published);
    } finally {
      other.quit();
    }

    Api.Answer after = Api.get("/organisaties/" + ORGANISATION);
    assertTrue(after.body().contains(serviceName), "the publication empties the page cache");
    assertNotEquals(before.header("etag"), after.header("etag"));

    open("/organisaties/" + ORGANISATION);
    assertEquals(
        "Advocatencollectief Binnenduin " + stamp, browser.findElement(By.tagName("h1")).getText());
    assertTrue(browser.findElement(By.id("description")).getText().contains(description));
    String profile = browser.findElement(By.tagName("main")).getText();
    assertTrue(profile.contains("Kantoor Haarlem"), profile);
    assertTrue(profile.contains("12:30"), "the new Saturday hours are public: " + profile);
    assertTrue(profile.contains("09:00"), "the weekday hours stayed: " + profile);
    assertTrue(
        browser.findElements(By.cssSelector("article.service h3")).stream()
            .anyMatch(h -> h.getText().equals(serviceName)),
        browser.getPageSource());
  }

  @Test
  void aPostcodeTableIsPreviewedThenAppliedAndTheFinderAnswersFromIt() throws IOException {
    // 4339 is not in the demo table; 4341 moves from Middelburg to Veere; line 4 is not a PC4.
    Path csv = Files.createTempFile("pc4-", ".csv");
    Files.writeString(
        csv,
        "PC4;Gemeente2024\n4339;0687\n4341;0717\n43X1;0687\n4331;0687\n",
        StandardCharsets.UTF_8);
    try {
      open("/zorgcoordinator?plaats=4339");
      assertTrue(browser.findElements(By.id("coordinator-answer")).isEmpty(), "not known yet");

      logInAt("/redactie/postcodes");
      browser.findElement(By.id("upload:file")).sendKeys(csv.toAbsolutePath().toString());
      browser.findElement(By.id("upload:preview")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-report")));
      assertEquals("1", browser.findElement(By.id("preview-added")).getText());
      assertEquals("1", browser.findElement(By.id("preview-changed")).getText());
      assertEquals("1", browser.findElement(By.id("preview-unchanged")).getText());
      assertEquals("1", browser.findElement(By.id("preview-rejected")).getText());
      List<WebElement> rejected =
          browser.findElements(By.cssSelector("#rejected-rows tr.rejected-row td"));
      assertEquals("4", rejected.get(0).getText());
      assertEquals("43X1;0687", rejected.get(1).getText());
      assertEquals("'43X1' is geen postcode.", rejected.get(2).getText());
      Accessibility.assertNoViolations(browser, "postcode import preview");

      browser.findElement(By.id("apply:ask-apply")).click();
      WebElement confirm =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
      assertTrue(confirm.getText().contains("1 postcodes worden toegevoegd"), confirm.getText());
      // Nothing changes before the confirmation.
      assertTrue(browser.findElements(By.id("result-report")).isEmpty());
      submit(By.id("apply:confirm-apply"));
      String done = notice();
      assertTrue(done.contains("1 postcodes toegevoegd en 1 gewijzigd"), done);

      WebElement answer = finderAnswer("/zorgcoordinator?plaats=4339");
      assertTrue(answer.getText().contains("Middelburg"), answer.getText());
      assertTrue(answer.getText().contains("Regio Zeeland"), answer.getText());

      answer = finderAnswer("/zorgcoordinator?plaats=4341");
      assertTrue(answer.getText().contains("Veere"), answer.getText());
      assertTrue(answer.getText().contains("Regio Zeeland"), answer.getText());
    } finally {
      Files.deleteIfExists(csv);
    }
  }

  @Test
  void aRegionsCoordinatorsAreChangedAndAMunicipalityMovesAfterAConfirmation() {
    String stamp = Long.toString(System.nanoTime(), 36);
    logInAt("/redactie/coordinatoren?regio=flevoland");
    Accessibility.assertNoViolations(browser, "coordinators page");
    // Anonymous visitors' copies of the finder's answers, in the page cache before the change.
    assertFalse(Api.get("/zorgcoordinator?plaats=Almere&leeftijd=12").body().contains(stamp));
    assertFalse(
        Api.get("/zorgcoordinator?plaats=Zeewolde").body().contains("Regio West-Veluwe Vallei"));
    type(browser.findElement(By.id("coordination:split-age")), "18");
    List<WebElement> organisations =
        browser.findElements(By.cssSelector("#coordination input[id$=':organisation']"));
    List<WebElement> phones =
        browser.findElements(By.cssSelector("#coordination input[id$=':phone']"));
    type(organisations.get(0), "Jeugdzorgcoördinatie Flevoland " + stamp);
    type(phones.get(0), "0320-000 1111");
    type(organisations.get(1), "Zorgcoördinatie volwassenen Flevoland " + stamp);
    type(phones.get(1), "0320-000 2222");
    submit(By.id("coordination:save"));
    String saved = notice();
    assertTrue(saved.contains("opgeslagen"), saved);

    assertTrue(
        Api.get("/zorgcoordinator?plaats=Almere&leeftijd=12")
            .body()
            .contains("Jeugdzorgcoördinatie Flevoland " + stamp),
        "the coordinators' change empties the page cache");
    WebElement answer = finderAnswer("/zorgcoordinator?plaats=Almere&leeftijd=12");
    assertTrue(
        answer.getText().contains("Jeugdzorgcoördinatie Flevoland " + stamp), answer.getText());
    answer = finderAnswer("/zorgcoordinator?plaats=Almere&leeftijd=40");
    assertTrue(
        answer.getText().contains("Zorgcoördinatie volwassenen Flevoland " + stamp),
        answer.getText());

    open("/redactie/coordinatoren?regio=flevoland");
    new Select(browser.findElement(By.id("move:municipality"))).selectByVisibleText("Zeewolde");
    new Select(browser.findElement(By.id("move:target"))).selectByValue("west-veluwe-vallei");
    browser.findElement(By.id("move:ask-move")).click();
    WebElement confirm =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
    assertTrue(confirm.getText().contains("Zeewolde"), confirm.getText());
    // Nothing has moved before the confirmation.
    assertTrue(browser.findElement(By.id("region-municipalities")).getText().contains("Zeewolde"));
    submit(By.id("move:confirm-move"));
    String moved = notice();
    assertTrue(moved.contains("West-Veluwe Vallei"), moved);
    assertFalse(browser.findElement(By.id("region-municipalities")).getText().contains("Zeewolde"));

    assertTrue(
        Api.get("/zorgcoordinator?plaats=Zeewolde").body().contains("Regio West-Veluwe Vallei"));
    answer = finderAnswer("/zorgcoordinator?plaats=Zeewolde");
    assertTrue(answer.getText().contains("Regio West-Veluwe Vallei"), answer.getText());
  }
}
