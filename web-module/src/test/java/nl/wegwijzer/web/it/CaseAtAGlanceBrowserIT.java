package nl.wegwijzer.web.it;

import static nl.wegwijzer.web.it.CoordinatorBrowser.choose;
import static nl.wegwijzer.web.it.CoordinatorBrowser.date;
import static nl.wegwijzer.web.it.CoordinatorBrowser.logIn;
import static nl.wegwijzer.web.it.CoordinatorBrowser.press;
import static nl.wegwijzer.web.it.CoordinatorBrowser.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The case at a glance, as a coordinator clicks it (issue 23 §1): the summary above every section,
 * each section at its own address, back at the section acted on with the focus there; a task for a
 * colleague of the region and a "done" undone; flags in the summary and the case list; a handover;
 * reopening with a reason; and a timeline and access log in words with people's names, the log
 * without its own reading unless asked.
 */
class CaseAtAGlanceBrowserIT extends BrowserTest {

  private static final String SIGNAL =
      """
      {"intakeDate": "2026-03-10", "channel": "phone", "reporterType": "police",
       "municipality": "Goes", "forms": ["labour"], "sector": "agriculture",
       "account": "Werkt zeven dagen per week op een kwekerij.",
       "pseudonym": "%s", "age": 16, "gender": "male", "nationality": "BG",
       "languages": ["bg"], "interpreterNeeded": true, "residenceStatus": "eu-citizen",
       "consent": "not-asked"}
      """;

  private String caseUrl;

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  /** The notice of what was done has the focus, in the section acted on. */
  private void backAt(String section, String notice) {
    assertTrue(browser.getCurrentUrl().endsWith(caseUrl + section), browser.getCurrentUrl());
    WebElement focused = browser.switchTo().activeElement();
    assertEquals("notice", focused.getAttribute("id"), "the focus is on the notice");
    assertTrue(focused.getText().contains(notice), focused.getText());
    assertTrue(
        browser.findElement(By.id("case-section")).getText().contains(notice),
        "the notice is in the section acted on");
  }

  /** Whom the worklist on /coordinatie says the task is for. */
  private String forWhomInTheWorklist(String task) {
    open("/coordinatie");
    return browser.findElements(By.cssSelector("#worklist-table .work-item")).stream()
        .filter(r -> r.getText().contains(task))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the task is on the worklist: " + task))
        .findElement(By.className("work-for"))
        .getText();
  }

  @Test
  void aCoordinatorSeesTheCaseAtAGlanceAndWorksOnItWithAColleague() {
    String colleague = RevocationIT.newCoordinator("zeeland");
    String unique = Long.toString(System.nanoTime(), 36);
    String pseudonym = "Ivo " + unique.substring(0, 4);
    Api.Answer created =
        Api.send(
            "POST",
            "/api/signals",
            "application/json",
            SIGNAL.formatted(pseudonym),
            Keycloak.token("coordinator-zeeland"));
    assertEquals(201, created.status(), created.body());
    String reference = created.object().getString("reference");

    logIn(browser, wait, "coordinator-zeeland", "/coordinatie/signalen/" + reference);
    press(browser, wait, "open-case:open");
    wait.until(ExpectedConditions.urlContains("/coordinatie/zaken/ZK-"));
    String number = text("case-number");
    caseUrl = "/coordinatie/zaken/" + number;

    // The summary, read in five seconds.
    assertEquals(pseudonym, text("glance-pseudonym"));
    assertTrue(text("glance-age").contains("16 jaar"), text("glance-age"));
    assertTrue(text("glance-age").contains("Minderjarig"), text("glance-age"));
    assertEquals("Bulgarije", text("glance-nationality"));
    assertEquals("Arbeidsuitbuiting", text("glance-forms"));
    assertEquals("Zeeland", text("glance-region"));
    assertEquals("Femke Visser", text("glance-responsible"), "the one who opened it");
    assertTrue(text("case-status").contains("Open"));
    assertTrue(text("case-flags").contains("Minderjarig"), text("case-flags"));
    assertTrue(text("case-flags").contains("Tolk nodig"), text("case-flags"));
    assertTrue(text("next-deadline").contains("Evaluatie"), text("next-deadline"));
    assertEquals("0", text("open-tasks"));
    // From the top of the page, header and all, the summary and the overview fit one 1280×900
    // window: the overview's bottom edge is no lower than 900 px, nor than the window's.
    open(caseUrl);
    Number bottom =
        (Number)
            browser.executeScript(
                "window.scrollTo(0, 0);"
                    + " return document.getElementById('case-section').getBoundingClientRect()"
                    + ".bottom + window.scrollY");
    Number summaryTop =
        (Number)
            browser.executeScript(
                "return document.getElementById('case-summary').getBoundingClientRect().top"
                    + " + window.scrollY");
    Number window = (Number) browser.executeScript("return window.innerHeight");
    assertTrue(
        bottom.doubleValue() <= Math.min(900, window.doubleValue()),
        "the overview ends at "
            + bottom
            + " px from the top of the page (the summary starts at "
            + summaryTop
            + " px); the window is "
            + window
            + " px high");
    Accessibility.assertNoViolations(browser, "case overview");
    // On a phone the same page stacks, and nothing needs scrolling sideways.
    browser.manage().window().setSize(new Dimension(390, 844));
    open(caseUrl);
    Number sideways =
        (Number)
            browser.executeScript(
                "return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth");
    assertTrue(sideways.intValue() <= 0, "sideways on a phone: " + sideways + " px");
    Accessibility.assertNoViolations(browser, "case overview on a phone");
    browser.manage().window().setSize(new Dimension(1280, 900));

    // Each section at its own address.
    browser.findElement(By.id("section-link-signalen")).click();
    wait.until(ExpectedConditions.urlToBe(RunningApp.baseUrl() + caseUrl + "/signalen"));
    assertTrue(text("case-signals").contains(reference));
    assertEquals(pseudonym, text("glance-pseudonym"), "the summary stays on top");
    assertEquals(
        "page", browser.findElement(By.id("section-link-signalen")).getAttribute("aria-current"));

    // A task for a colleague; back at the tasks with the focus there; done, and undone. The app
    // asks
    // Keycloak for the colleagues at most every 30 s (KeycloakColleagues), so the one made above
    // may take that long to be offered when another class has just read the list.
    new WebDriverWait(browser, Duration.ofSeconds(45))
        .pollingEvery(Duration.ofSeconds(2))
        .until(
            d -> {
              open(caseUrl + "/taken");
              return !d.findElements(
                      By.cssSelector(
                          "[id='task-form:taskAssignee'] option[value='" + colleague + "']"))
                  .isEmpty();
            });
    String task = "Tolk regelen voor intake " + unique;
    type(browser, "task-form:taskTitle", task);
    date(
        browser,
        "task-form:taskDue",
        LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(2).toString());
    choose(browser, "task-form:taskAssignee", colleague);
    press(browser, wait, "task-form:add-task");
    backAt("/taken", "De taak is toegevoegd");
    WebElement row =
        browser.findElements(By.cssSelector("#task-table .task-row")).stream()
            .filter(r -> r.getText().contains(task))
            .findFirst()
            .orElseThrow();
    assertTrue(row.getText().contains("Test Coördinator"), "for the colleague: " + row.getText());
    assertEquals(
        "Test Coördinator", forWhomInTheWorklist(task), "the worklist names the colleague");
    open(caseUrl + "/taken");
    assertEquals("1", text("open-tasks"));
    assertTrue(text("next-deadline").contains("Taak"), text("next-deadline"));
    press(browser, wait, "task-list:rows:0:complete");
    backAt("/taken", "De taak is afgevinkt");
    assertEquals("0", text("open-tasks"));
    press(browser, wait, "task-list:rows:0:undo");
    backAt("/taken", "De taak staat weer open");
    assertEquals("1", text("open-tasks"), "the done was undone");
    assertEquals(1, browser.findElements(By.id("task-list:rows:0:complete")).size());
    choose(browser, "task-list:rows:0:assignee", "coordinator-zeeland");
    press(browser, wait, "task-list:rows:0:assign");
    backAt("/taken", "De taak is toegewezen");
    assertTrue(text("task-table").contains("Femke Visser"), text("task-table"));
    assertEquals("Mij", forWhomInTheWorklist(task), "one's own task is one's own");
    open(caseUrl + "/taken");
    Accessibility.assertNoViolations(browser, "case tasks");

    // A flag, in the summary and in the case list.
    open(caseUrl);
    press(
        browser,
        wait,
        browser
            .findElement(By.cssSelector("#flag-form [data-flag='acute-danger']"))
            .getAttribute("id"));
    backAt("", "Het aandachtspunt is toegevoegd");
    assertTrue(text("case-flags").contains("Acuut gevaar"), text("case-flags"));
    open("/coordinatie/zaken");
    WebElement listed =
        browser.findElements(By.cssSelector("tbody tr")).stream()
            .filter(r -> r.getText().contains(number))
            .findFirst()
            .orElseThrow();
    assertTrue(listed.getText().contains("Acuut gevaar"), listed.getText());
    assertTrue(listed.getText().contains("Femke Visser"), listed.getText());
    Accessibility.assertNoViolations(browser, "case list with flags");

    // Handed over to the colleague.
    open(caseUrl);
    choose(browser, "handover-form:handOverTo", colleague);
    press(browser, wait, "handover-form:hand-over");
    backAt("", "overgedragen");
    assertEquals("Test Coördinator", text("glance-responsible"));

    // Closed, and reopened with a reason.
    choose(browser, "close-form:closeReason", "support-completed");
    press(browser, wait, "close-form:ask-close");
    press(browser, wait, "close-form:confirm-close-yes");
    assertTrue(text("case-status").contains("Gesloten"));
    Accessibility.assertNoViolations(browser, "closed case with the reopening form");
    choose(browser, "reopen-form:reopenReason", "other");
    press(browser, wait, "reopen-form:reopen");
    assertTrue(text("case-status").contains("Gesloten"), "'other' is explained first");
    assertEquals(
        "true", browser.findElement(By.id("reopen-form:reopenNote")).getAttribute("aria-invalid"));
    choose(browser, "reopen-form:reopenReason", "new-signal");
    press(browser, wait, "reopen-form:reopen");
    backAt("", "De zaak is heropend");
    assertTrue(text("case-status").contains("Open"), text("case-status"));

    // The timeline in words, with names.
    open(caseUrl + "/tijdlijn");
    String timeline = text("timeline");
    assertTrue(timeline.contains("Femke Visser"), timeline);
    assertTrue(timeline.contains("Zaak overgedragen aan: Test Coördinator"), timeline);
    assertTrue(timeline.contains("Taak toegewezen aan: Femke Visser"), timeline);
    assertTrue(timeline.contains("Afgeronde taak weer geopend"), timeline);
    assertTrue(timeline.contains("Aandachtspunt toegevoegd: Acuut gevaar"), timeline);
    assertTrue(timeline.contains("Zaak gesloten: Hulp afgerond"), timeline);
    assertTrue(timeline.contains("Zaak heropend: Nieuw signaal over deze persoon"), timeline);
    for (String code : new String[] {"coordinator-zeeland", colleague, "acute-danger", "due "}) {
      assertFalse(timeline.contains(code), "no raw code '" + code + "': " + timeline);
    }

    // The access log: names and reasons in words; its own reading logged but left out.
    open(caseUrl + "/logboek");
    open(caseUrl + "/logboek");
    String log = text("log-table");
    assertTrue(log.contains("Femke Visser"), log);
    assertTrue(log.contains("Zaak overgedragen"), log);
    assertFalse(log.contains("coordinator-zeeland"), log);
    assertFalse(log.contains("Logboek bekeken"), "its own reading is left out: " + log);
    press(browser, wait, "log-filter:toggle-reading");
    assertTrue(text("log-table").contains("Logboek bekeken"), "but it is logged");
    Accessibility.assertNoViolations(browser, "case access log");

    // In English on ?lang=en (which the browser then remembers).
    open(caseUrl + "/tijdlijn?lang=en");
    assertTrue(text("timeline").contains("Case reopened: A new signal about this person"));
    assertTrue(text("timeline").contains("Case handed over to: Test Coördinator"));
  }
}
