package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * answers for the new postcodes. A coordination point's change by editor A waits for editor B's
 * approval and then for its day, while {@code ?on=} answers with the old and the new contact around
 * that day; a coordinator's proposal lands in the review queue, and only for their own region.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Lanes.PUBLIC_SITE)
@Order(Lanes.AFTER_THE_READERS)
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

    ChromeDriver other = Browser.take();
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
      Browser.release(other);
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

  /** A second editor's session that approves the version open at {@code path}. */
  private static void approveAsEditorB(String path) {
    ChromeDriver other = Browser.take();
    try {
      WebDriverWait otherWait = new WebDriverWait(other, Duration.ofSeconds(20));
      other.get(RunningApp.baseUrl() + path);
      otherWait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
      other.findElement(By.id("username")).sendKeys("editor-b");
      other.findElement(By.id("password")).sendKeys(Keycloak.PASSWORD);
      other.findElement(By.cssSelector("[type=submit]")).click();
      otherWait.until(ExpectedConditions.urlContains(RunningApp.baseUrl() + path));
      other.findElement(By.id("review:approve")).click();
      String approved =
          otherWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText();
      assertTrue(approved.contains("Goedgekeurd"), approved);
    } finally {
      Browser.release(other);
    }
  }

  /** The first coordinator the API names for Almere on a day. */
  private static JsonObject almereOn(LocalDate day) {
    JsonObject answer =
        Api.get("/api/coordinators", Map.of("municipality", "Almere", "on", day.toString()))
            .object();
    assertEquals(day.toString(), answer.getString("on"), "the answer says for which day it holds");
    return answer.getJsonArray("coordinators").getJsonObject(0);
  }

  @Test
  void aCoordinationPointChangeWaitsForASecondEditorAndForItsDay() {
    String stamp = Long.toString(System.nanoTime(), 36);
    String organisation = "Zorgcoördinatie Flevoland " + stamp;
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    LocalDate tomorrow = today.plusDays(1);
    logInAt("/redactie/coordinatoren?regio=flevoland");
    Accessibility.assertNoViolations(browser, "coordinators page");
    assertTrue(
        browser.findElements(By.id("coordination:save")).isEmpty(),
        "no direct edit of a region's coordination any more");
    // An anonymous visitor's copy of the finder's answer, in the page cache before the change.
    assertFalse(Api.get("/zorgcoordinator?plaats=Almere").body().contains(stamp));

    browser.findElement(By.cssSelector("#region-points a[data-point='flevoland']")).click();
    wait.until(ExpectedConditions.urlContains("/redactie/coordinatiepunten/flevoland"));
    Accessibility.assertNoViolations(browser, "coordination point edit page");
    type(browser.findElement(By.id("edit:f-organisation")), organisation);
    type(browser.findElement(By.id("edit:f-contactName")), "Loket zorgcoördinatie");
    type(browser.findElement(By.id("edit:f-phone")), "0320-000 4444");
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1]",
            browser.findElement(By.id("edit:f-validFrom")),
            tomorrow.toString());
    submit(By.id("edit:submit"));
    String submitted = notice();
    assertTrue(submitted.contains("beoordeling"), submitted);
    assertTrue(browser.findElements(By.id("review:approve")).isEmpty(), "A cannot approve");
    assertFalse(
        almereOn(tomorrow).getString("organisation").contains(stamp),
        "a version under review answers for no day");

    approveAsEditorB("/redactie/coordinatiepunten/flevoland");

    JsonObject now = almereOn(today);
    assertFalse(now.getString("organisation").contains(stamp), "not before its day");
    assertEquals(today.toString(), now.getString("validUntil"), "the old version ends today");
    JsonObject next = almereOn(tomorrow);
    assertEquals(organisation, next.getString("organisation"));
    assertEquals("Loket zorgcoördinatie", next.getString("name"));
    assertEquals(tomorrow.toString(), next.getString("validFrom"));
    WebElement answer = finderAnswer("/zorgcoordinator?plaats=Almere");
    assertFalse(answer.getText().contains(stamp), "the finder answers as of today");

    Api.Answer badDay =
        Api.get("/api/coordinators", Map.of("municipality", "Almere", "on", "2026-02-30"));
    assertEquals(400, badDay.status());
    assertTrue(badDay.header("content-type").startsWith("application/problem+json"));
    assertEquals("on", badDay.object().getString("field"));
  }

  /** A new organisation serving Zeeland, complete enough for review. */
  private static String proposal(String slug) {
    return Json.createObjectBuilder()
        .add("slug", slug)
        .add(
            "fields",
            Json.createObjectBuilder()
                .add("name", "Inloophuis Oosterschelde " + slug)
                .add("description", "<p>Opvang en begeleiding in Zeeland.</p>")
                .add("service.1.name", "Inloop")
                .add("service.1.description", "Zonder afspraak langskomen.")
                .add("service.1.careNeed", "shelter")
                .add("service.1.access", "direct")
                .add("service.1.ageGroups", "adult")
                .add("service.1.genders", "female")
                .add("service.1.nationalities", "eu")
                .add("service.1.forms", "labour")
                .add("service.1.scope", "regions")
                .add("service.1.regions", "zeeland"))
        .build()
        .toString();
  }

  @Test
  void aCoordinatorsProposalLandsInTheReviewQueueOnlyForTheirOwnRegion() {
    String slug = "voorstel-" + Long.toString(System.nanoTime(), 36);
    String path = "/api/organisation-proposals";
    Api.Answer otherRegion =
        Api.send(
            "POST",
            path,
            "application/json",
            proposal(slug),
            Keycloak.token("coordinator-utrecht"));
    assertEquals(403, otherRegion.status(), otherRegion.body());
    Api.Answer correction =
        Api.send(
            "POST",
            path,
            "application/json",
            proposal(slug).replace(slug, "stichting-zeelicht-opvang"),
            Keycloak.token("coordinator-utrecht"));
    assertEquals(403, correction.status(), "a Zeeland profile is not Utrecht's to correct");

    Api.Answer proposed =
        Api.send(
            "POST",
            path,
            "application/json",
            proposal(slug),
            Keycloak.token("coordinator-zeeland"));
    assertEquals(201, proposed.status(), proposed.body());
    assertEquals("in-review", proposed.object().getString("state"));
    assertTrue(proposed.object().getBoolean("proposedByCoordinator"));
    assertEquals(404, Api.get("/organisaties/" + slug).status(), "not public before review");

    logInAt("/redactie");
    WebElement line =
        browser.findElement(By.cssSelector("#waiting .revision-line[data-slug='" + slug + "']"));
    assertTrue(line.getText().contains("coordinator-zeeland"), line.getText());
    assertTrue(line.getText().contains("Voorstel van een zorgcoördinator"), line.getText());
  }

  @Test
  void aMunicipalityMoveWaitsForASecondEditor() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    logInAt("/redactie/coordinatoren?regio=flevoland");
    assertTrue(
        browser.findElements(By.id("move:ask-move")).isEmpty(),
        "no direct move of a municipality any more");
    // An anonymous visitor's copy of the finder's answer, in the page cache before the move.
    assertFalse(
        Api.get("/zorgcoordinator?plaats=Zeewolde").body().contains("Regio West-Veluwe Vallei"));
    browser
        .findElement(By.cssSelector("#region-municipalities a[data-municipality='GM0050']"))
        .click();
    wait.until(ExpectedConditions.urlContains("/redactie/gemeenteregio/zeewolde"));
    Accessibility.assertNoViolations(browser, "municipality region edit page");
    new Select(browser.findElement(By.id("edit:f-region"))).selectByValue("west-veluwe-vallei");
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1]",
            browser.findElement(By.id("edit:f-validFrom")),
            today.toString());
    type(browser.findElement(By.id("edit:f-source")), "Test: regiovisie West-Veluwe Vallei");
    submit(By.id("edit:submit"));
    String submitted = notice();
    assertTrue(submitted.contains("beoordeling"), submitted);
    assertTrue(browser.findElements(By.id("review:approve")).isEmpty(), "A cannot approve");
    assertFalse(
        Api.get("/zorgcoordinator?plaats=Zeewolde").body().contains("Regio West-Veluwe Vallei"),
        "a move under review changes nothing");

    approveAsEditorB("/redactie/gemeenteregio/zeewolde");

    assertTrue(
        Api.get("/zorgcoordinator?plaats=Zeewolde").body().contains("Regio West-Veluwe Vallei"));
    WebElement answer = finderAnswer("/zorgcoordinator?plaats=Zeewolde");
    assertTrue(answer.getText().contains("Regio West-Veluwe Vallei"), answer.getText());
    browser.get(RunningApp.baseUrl() + "/redactie/coordinatoren?regio=flevoland");
    assertFalse(browser.findElement(By.id("region-municipalities")).getText().contains("Zeewolde"));
  }
}
