package nl.wegwijzer.web.it;

import static nl.wegwijzer.web.it.CoordinatorBrowser.choose;
import static nl.wegwijzer.web.it.CoordinatorBrowser.date;
import static nl.wegwijzer.web.it.CoordinatorBrowser.logIn;
import static nl.wegwijzer.web.it.CoordinatorBrowser.press;
import static nl.wegwijzer.web.it.CoordinatorBrowser.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Following a case in Chromium: a case opened from a registered signal, a referral to an
 * organisation found by care need near the person's municipality in the directory, a task with a
 * due date that shows in the worklist, and closing with a reason after a confirmation, each in its
 * section of the case page.
 */
class CaseBrowserIT extends BrowserTest {

  private static final String SIGNAL =
      """
      {"intakeDate": "2026-03-10", "channel": "phone", "reporterType": "police",
       "municipality": "Goes", "forms": ["sexual-domestic"], "account": "Wordt 's nachts naar hotels gebracht.",
       "pseudonym": "%s", "birthYear": 1999, "gender": "female", "nationality": "BG",
       "languages": ["bg"], "interpreterNeeded": true, "residenceStatus": "eu-citizen",
       "consent": "not-asked"}
      """;

  private static String registeredSignal(String pseudonym) {
    Api.Answer created =
        Api.send(
            "POST",
            "/api/signals",
            "application/json",
            SIGNAL.formatted(pseudonym),
            Keycloak.token("coordinator-zeeland"));
    assertEquals(201, created.status(), created.body());
    return created.object().getString("reference");
  }

  @Test
  void aCaseIsOpenedReferredGivenATaskAndClosedAfterConfirming() {
    String unique = Long.toString(System.nanoTime(), 36);
    String reference = registeredSignal("Lina " + unique.substring(0, 4));
    String task = "Intakegesprek met tolk plannen " + unique;
    LocalDate due = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(3);

    logIn(browser, wait, "coordinator-zeeland", "/coordinatie/signalen/" + reference);
    press(browser, wait, "open-case:open");
    wait.until(ExpectedConditions.urlContains("/coordinatie/zaken/ZK-"));
    String number = browser.findElement(By.id("case-number")).getText();
    assertTrue(browser.findElement(By.id("notice")).getText().contains("geopend"));
    open("/coordinatie/zaken/" + number + "/signalen");
    String signals = browser.findElement(By.id("case-signals")).getText();
    assertTrue(signals.contains(reference), signals);
    assertTrue(signals.contains("Seksuele uitbuiting binnen Nederland"), "its forms: " + signals);
    open("/coordinatie/zaken/" + number + "/tijdlijn");
    assertTrue(browser.findElement(By.id("timeline")).getText().contains("Zaak geopend"));

    open("/coordinatie/zaken/" + number + "/verwijzingen");
    choose(browser, "refer-form:careNeed", "shelter");
    type(browser, "refer-form:place", "Goes");
    press(browser, wait, "refer-form:search-organisation");
    WebElement organisation = browser.findElement(By.id("refer-form:organisation"));
    String organisationName =
        new org.openqa.selenium.support.ui.Select(organisation)
            .getFirstSelectedOption()
            .getText()
            .replaceAll(" – .*$", "");
    press(browser, wait, "refer-form:refer");
    assertTrue(browser.findElement(By.id("notice")).getText().contains("verwijzing"));
    WebElement referrals = browser.findElement(By.id("referral-table"));
    assertTrue(referrals.getText().contains(organisationName), referrals.getText());
    assertTrue(referrals.getText().contains("Verstuurd"));

    open("/coordinatie/zaken/" + number + "/taken");
    type(browser, "task-form:taskTitle", task);
    date(browser, "task-form:taskDue", due.toString());
    press(browser, wait, "task-form:add-task");
    assertTrue(browser.findElement(By.id("task-table")).getText().contains(task));

    open("/coordinatie");
    WebElement worklist = browser.findElement(By.id("worklist-table"));
    assertTrue(worklist.getText().contains(task), "the task is due within two weeks");
    assertTrue(worklist.getText().contains(number));

    open("/coordinatie/zaken/" + number);
    choose(browser, "close-form:closeReason", "other");
    press(browser, wait, "close-form:ask-close");
    press(browser, wait, "close-form:confirm-close-yes");
    WebElement noteRefused =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("note-error")));
    assertTrue(noteRefused.getText().contains("Licht de reden toe"), noteRefused.getText());
    WebElement note = browser.findElement(By.id("close-form:closeNote"));
    assertEquals("true", note.getAttribute("aria-invalid"), "the service's field is the note");
    assertTrue(note.getAttribute("aria-describedby").contains("note-error"));
    assertTrue(browser.findElement(By.id("case-status")).getText().contains("Open"));

    choose(browser, "close-form:closeReason", "support-completed");
    press(browser, wait, "close-form:ask-close");
    WebElement confirm =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-close")));
    assertTrue(confirm.getText().contains("Weet u zeker"));
    assertEquals("alertdialog", confirm.getAttribute("role"));
    assertTrue(
        browser.findElement(By.id("case-status")).getText().contains("Open"),
        "nothing is closed before confirming");
    press(browser, wait, "close-form:confirm-close-yes");
    assertTrue(browser.findElement(By.id("notice")).getText().contains("gesloten"));
    assertTrue(browser.findElement(By.id("case-status")).getText().contains("Gesloten"));
    assertTrue(browser.findElement(By.id("case-status")).getText().contains("Hulp afgerond"));
    assertFalse(browser.findElements(By.id("close-form")).size() > 0, "a closed case stays closed");
    open("/coordinatie/zaken/" + number + "/logboek");
    assertTrue(browser.findElement(By.id("log-table")).getText().contains("Femke Visser"));

    open("/coordinatie");
    assertFalse(browser.getPageSource().contains(task), "a closed case's tasks leave the worklist");

    for (String[] filter :
        new String[][] {
          {"/coordinatie/zaken", "f-until"}, {"/coordinatie/rapportages", "r-until"}
        }) {
      open(filter[0] + "?van=2026-05-01&tot=2026-01-01");
      String refused =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("failures"))).getText();
      assertTrue(refused.contains("Het einde van de periode ligt vóór het begin"), refused);
      assertEquals("true", browser.findElement(By.id(filter[1])).getAttribute("aria-invalid"));
    }
  }
}
