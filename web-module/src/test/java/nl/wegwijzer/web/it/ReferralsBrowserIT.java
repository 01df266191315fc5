package nl.wegwijzer.web.it;

import static nl.wegwijzer.web.it.CoordinatorBrowser.choose;
import static nl.wegwijzer.web.it.CoordinatorBrowser.logIn;
import static nl.wegwijzer.web.it.CoordinatorBrowser.press;
import static nl.wegwijzer.web.it.CoordinatorBrowser.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 23 §2–3 in Chromium: the inbox shows how long a signal has waited, a signal is set aside
 * with a reason (it leaves the inbox and stays findable, and goes back with its history kept) or
 * taken into work; a case is offered to another region, accepted there, and the sending region then
 * sees only the fact.
 */
class ReferralsBrowserIT extends BrowserTest {

  private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * A signal as the public form leaves it in Zeeland's inbox, written straight into the database:
   * the form itself allows five posts an hour per address, which PublicSignalIT uses up.
   */
  private static String received() throws Exception {
    StringBuilder reference = new StringBuilder("WW-");
    for (int i = 0; i < 8; i++) {
      reference.append(i == 4 ? "-" : "").append(ALPHABET.charAt(RANDOM.nextInt(32)));
    }
    try (Connection db =
            DriverManager.getConnection(
                RunningApp.databaseUrl(), PayaraProcess.user(), PayaraProcess.password());
        PreparedStatement insert =
            db.prepareStatement(
                "insert into casework.signal (id, reference, status, region_id, channel,"
                    + " created_by, created_at) values (nextval('casework.signal_id_seq'), ?,"
                    + " 'RECEIVED', (select id from directory.region where code = 'zeeland'),"
                    + " 'PUBLIC_FORM', 'public-form', now() - interval '2 days')")) {
      insert.setString(1, reference.toString());
      assertEquals(1, insert.executeUpdate());
    }
    return reference.toString();
  }

  @Test
  void aSignalIsSetAsideWithAReasonOrTakenIntoWork() throws Exception {
    String spam = received();
    String real = received();
    logIn(browser, wait, "coordinator-zeeland", "/coordinatie");
    WebElement waiting =
        browser.findElement(By.cssSelector("#inbox-list [data-reference='" + spam + "']"));
    assertTrue(waiting.getText().contains("wacht 2 dagen"), waiting.getText());

    open("/coordinatie/signalen/" + spam);
    choose(browser, "set-aside-form:reason", "spam");
    press(browser, wait, "set-aside-form:set-aside");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("set-aside-reason")));
    assertEquals("Spam", browser.findElement(By.id("set-aside-reason")).getText());
    assertTrue(browser.findElement(By.id("signal-status")).getText().contains("Terzijde gelegd"));

    open("/coordinatie");
    assertTrue(browser.findElements(By.cssSelector("[data-reference='" + spam + "']")).isEmpty());
    open("/coordinatie/signalen?status=set-aside");
    assertTrue(browser.findElement(By.id("signals")).getText().contains(spam), "still findable");
    open("/coordinatie/signalen/" + spam);
    press(browser, wait, "back-form:back-to-inbox");
    assertTrue(browser.findElement(By.id("triage-notice")).getText().contains("weer in de inbox"));
    assertTrue(browser.findElement(By.id("signal-status")).getText().contains("Ontvangen"));
    String history = browser.findElement(By.id("history")).getText();
    assertTrue(
        history.matches("(?s).*Terzijde gelegd \\(Spam\\).*Terug naar de inbox gezet.*"), history);
    open("/coordinatie");
    assertFalse(
        browser
            .findElements(By.cssSelector("#inbox-list [data-reference='" + spam + "']"))
            .isEmpty(),
        "undone: back in the inbox");

    open("/coordinatie/signalen/" + real);
    choose(browser, "set-aside-form:reason", "not-trafficking");
    press(browser, wait, "set-aside-form:set-aside");
    assertEquals(
        "true",
        browser.findElement(By.id("set-aside-form:advice")).getAttribute("aria-invalid"),
        "not trafficking needs the advice given");
    press(browser, wait, "take-form:take-into-work");
    wait.until(ExpectedConditions.urlContains("/bewerken"));
    open("/coordinatie/signalen/" + real);
    assertTrue(browser.findElement(By.id("signal-status")).getText().contains("Concept"));
  }

  @Test
  void aCaseOfferedToAnotherRegionMovesThereWhenAccepted() {
    String zeeland = Keycloak.token("coordinator-zeeland");
    Api.Answer signal =
        Api.send(
            "POST",
            "/api/signals",
            "application/json",
            """
            {"intakeDate": "2026-03-10", "channel": "phone", "reporterType": "police",
             "municipality": "Goes", "forms": ["labour"], "sector": "agriculture",
             "account": "Werkt op het land.",
             "pseudonym": "Marta", "birthYear": 1990, "gender": "female", "nationality": "PL",
             "languages": ["pl"], "interpreterNeeded": true, "residenceStatus": "eu-citizen",
             "consent": "not-asked"}
            """,
            zeeland);
    assertEquals(201, signal.status(), signal.body());
    Api.Answer opened =
        Api.send(
            "POST",
            "/api/cases",
            "application/json",
            "{\"signal\": \"" + signal.object().getString("reference") + "\"}",
            zeeland);
    String number = opened.object().getString("number");

    logIn(browser, wait, "coordinator-zeeland", "/coordinatie/zaken/" + number + "/verwijzingen");
    // By the case's region without a place: nearest first from the case's place, named on the page.
    choose(browser, "refer-form:careNeed", "shelter");
    press(browser, wait, "refer-form:search-organisation");
    String from = browser.findElement(By.id("nearest-from")).getText();
    assertTrue(from.contains("Goes") && from.contains("signalen van deze zaak"), from);
    choose(browser, "transfer-form:toRegion", "utrecht");
    type(browser, "transfer-form:transferNote", "Verhuisd, opvang in Utrecht nodig");
    press(browser, wait, "transfer-form:offer-transfer");
    assertTrue(
        browser.findElement(By.id("notice")).getText().contains("aangeboden"),
        browser.findElement(By.id("notice")).getText());

    Browser.forget(browser);
    logIn(browser, wait, "coordinator-utrecht", "/coordinatie");
    WebElement offer =
        browser.findElement(By.cssSelector("#transfer-list [data-case='" + number + "']"));
    assertTrue(offer.getText().contains("Verhuisd"), offer.getText());
    submit(By.cssSelector("[data-case='" + number + "'] input[id$='accept-transfer']"));
    assertTrue(browser.findElement(By.id("transfers-notice")).getText().contains("overgenomen"));
    open("/coordinatie/zaken/" + number + "/tijdlijn");
    assertEquals(number, browser.findElement(By.id("case-number")).getText());
    assertTrue(browser.findElement(By.id("timeline")).getText().contains("overgedragen"));

    Browser.forget(browser);
    logIn(browser, wait, "coordinator-zeeland", "/coordinatie");
    WebElement fact =
        browser.findElement(By.cssSelector("#transfer-list [data-case='" + number + "']"));
    assertTrue(fact.getText().contains("overgedragen"), fact.getText());
    assertFalse(fact.getText().contains("Verhuisd"), "the fact only: " + fact.getText());
    open("/coordinatie/zaken/" + number);
    assertFalse(
        browser.getPageSource().contains("case-number"), "the case is no longer the sender's");
  }
}
