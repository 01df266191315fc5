package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editorial workflow in Chromium with real Keycloak logins: editor A writes a step and offers
 * it for review, cannot approve it herself, editor B approves it and the public page shows it; A's
 * next draft stays off the public page until B approves it; script in the rich text never reaches
 * the public page (and the handbook made from the published content holds the step); and two
 * editors saving the same item: the second is refused and keeps their text.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Lanes.PUBLIC_SITE)
@Order(Lanes.AFTER_THE_READERS)
class EditorialBrowserIT extends BrowserTest {

  private static final String PASSWORD = Keycloak.PASSWORD;

  /** A second editor's own browser, logged in as them. */
  static final class Editor implements AutoCloseable {
    final ChromeDriver browser;
    final WebDriverWait wait;

    Editor(ChromeDriver browser) {
      this.browser = browser;
      this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    static Editor logIn(ChromeDriver browser, String user, String path) {
      Editor editor = new Editor(browser);
      browser.get(RunningApp.baseUrl() + path);
      editor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
      browser.findElement(By.id("username")).sendKeys(user);
      browser.findElement(By.id("password")).sendKeys(PASSWORD);
      browser.findElement(By.cssSelector("[type=submit]")).click();
      editor.wait.until(ExpectedConditions.urlContains(RunningApp.baseUrl() + path));
      return editor;
    }

    void open(String path) {
      browser.get(RunningApp.baseUrl() + path);
    }

    void type(String id, String text) {
      WebElement field = browser.findElement(By.id(id));
      field.clear();
      field.sendKeys(text);
    }

    /** Clicks a button that posts the whole page and waits until the next page replaced it. */
    void click(String id) {
      WebElement previousPage = browser.findElement(By.tagName("html"));
      browser.findElement(By.id(id)).click();
      wait.until(Browser.replaced(previousPage));
    }

    String notice() {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText();
    }

    /** What was refused, as FailureHandler shows it at the top of the page. */
    String problem() {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("failures"))).getText();
    }

    /** Types into the rich-text editor of a field (Quill's editable area). */
    void typeRich(String field, String text) {
      WebElement editor =
          browser.findElement(By.cssSelector("[id='edit:f-" + field + "'] .ql-editor"));
      editor.click();
      editor.sendKeys(text);
    }

    @Override
    public void close() {
      Browser.release(browser);
    }
  }

  private static String slug(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36);
  }

  private Editor editorA() {
    return Editor.logIn(browser, "editor-a", "/redactie/stappen/nieuw");
  }

  private static void fillNewStep(Editor a, String slug, String title, int position) {
    a.type("edit:f-slug", slug);
    new Select(a.browser.findElement(By.id("edit:f-phase"))).selectByValue("signaleren");
    a.type("edit:f-position", Integer.toString(position));
    a.type("edit:f-title", title);
    a.type("edit:f-summary", "Wat een professional hier moet weten.");
    a.typeRich("body", "Eerste alinea van de stap. <script>alert('getypt')</script>");
  }

  @Test
  void aStepIsWrittenByOneEditorApprovedByAnotherAndOnlyPublishedTextIsPublic() throws Exception {
    String slug = slug("browser-stap");
    Editor a = editorA();
    fillNewStep(a, slug, "Stap uit de browser", 90);
    // A client that sends raw HTML past the editor: the server's sanitiser must stop it.
    // (set when the form is sent, after the editor has written its own HTML into the field).
    a.browser.executeScript(
        "document.getElementById('edit').addEventListener('submit', function () {"
            + " var input = document.getElementById('edit:f-body_input');"
            + " input.value = input.value + '<script>alert(1)</script>"
            + "<p>Nog een alinea<img src=x onerror=alert(2)></p>'; });");
    a.click("edit:save");
    a.wait.until(ExpectedConditions.urlContains("/redactie/stappen/" + slug));
    assertTrue(a.notice().contains("concept"), a.notice());
    a.click("edit:submit");
    assertTrue(a.notice().contains("beoordeling"), a.notice());
    assertTrue(a.browser.findElements(By.id("review:approve")).isEmpty(), "A cannot approve");
    assertTrue(a.browser.findElement(By.id("own-review")).isDisplayed());

    open("/signaleren/" + slug);
    assertTrue(
        browser.getTitle().contains("niet gevonden")
            || browser.getPageSource().contains("404")
            || browser.findElements(By.tagName("h1")).stream()
                .noneMatch(h -> h.getText().equals("Stap uit de browser")));

    // An anonymous visitor has the phase page in the page cache before the publication.
    assertFalse(Api.get("/signaleren").body().contains("Stap uit de browser"));
    long handbookBefore = GeneratedDocumentsIT.handbookGeneration();

    try (Editor b = Editor.logIn(Browser.take(), "editor-b", "/redactie/stappen/" + slug)) {
      b.click("review:approve");
      assertTrue(b.notice().contains("gepubliceerd"), b.notice());
      assertTrue(
          Api.get("/signaleren").body().contains("Stap uit de browser"),
          "the publication empties the page cache");
      assertTrue(Api.get("/signaleren/" + slug).body().contains(">Stap uit de browser</h1>"));

      b.open("/signaleren/" + slug);
      assertEquals("Stap uit de browser", b.browser.findElement(By.tagName("h1")).getText());
      String page = b.browser.getPageSource();
      assertTrue(page.contains("Eerste alinea van de stap."), page);
      assertTrue(page.contains("Nog een alinea"), page);
      assertFalse(page.contains("<script>alert"), "no script from the editor reaches the page");
      assertFalse(page.contains("onerror"), "no event handler reaches the page");
      assertFalse(page.contains("alert(1)"), page);

      // The handbook is made again from the newly published content, with the step in it.
      GeneratedDocumentsIT.awaitText(
          GeneratedDocumentsIT.HANDBOOK, text -> text.contains("Stap uit de browser"));
      assertTrue(GeneratedDocumentsIT.handbookGeneration() > handbookBefore);

      // A's next draft stays off the public page until B approves it.
      a.open("/redactie/stappen/" + slug);
      a.type("edit:f-title", "Stap uit de browser, herzien");
      a.click("edit:submit");
      assertTrue(a.notice().contains("beoordeling"), a.notice());
      b.open("/signaleren/" + slug);
      assertEquals("Stap uit de browser", b.browser.findElement(By.tagName("h1")).getText());
      assertTrue(Api.get("/signaleren/" + slug).body().contains(">Stap uit de browser</h1>"));

      b.open("/redactie/stappen/" + slug);
      b.click("review:approve");
      assertTrue(b.notice().contains("gepubliceerd"), b.notice());
      assertTrue(
          Api.get("/signaleren/" + slug).body().contains(">Stap uit de browser, herzien</h1>"),
          "an anonymous visitor sees the new version at once");
      b.open("/signaleren/" + slug);
      assertEquals(
          "Stap uit de browser, herzien", b.browser.findElement(By.tagName("h1")).getText());

      b.open("/redactie/stappen/" + slug + "/geschiedenis");
      assertEquals(2, b.browser.findElements(By.cssSelector("#versions tr.version-line")).size());
      WebElement title =
          b.browser.findElement(By.cssSelector("#diff tr.diff-line[data-field='title']"));
      assertTrue(title.getAttribute("class").contains("changed"));
      assertEquals(
          ", herzien", title.findElement(By.cssSelector(".diff-right .diff-added")).getText());
    }
  }

  @Test
  void aReviewerSendsADraftBackWithANoteAndItsWriterArchivesItAfterConfirming() {
    String slug = slug("browser-terug");
    Editor a = editorA();
    fillNewStep(a, slug, "Terug naar de schrijver", 92);
    a.click("edit:save");
    a.wait.until(ExpectedConditions.urlContains("/redactie/stappen/" + slug));
    a.click("edit:submit");
    assertTrue(a.notice().contains("beoordeling"), a.notice());

    try (Editor b = Editor.logIn(Browser.take(), "editor-b", "/redactie/stappen/" + slug)) {
      b.type("review:note", "De bron ontbreekt.");
      b.click("review:reject");
      assertEquals("Teruggestuurd naar de schrijver.", b.notice());
      assertTrue(b.browser.findElements(By.id("review:approve")).isEmpty(), "nothing to review");
    }

    a.open("/redactie/stappen/" + slug);
    assertTrue(
        a.browser.findElement(By.id("review-note")).getText().contains("De bron ontbreekt."),
        "the writer reads the reviewer's note");
    a.click("archiving:archive");
    assertTrue(a.browser.findElement(By.id("confirm")).isDisplayed(), "archiving asks first");
    a.click("archiving:cancel-archive");
    assertTrue(a.browser.findElements(By.id("confirm")).isEmpty(), "cancelled, nothing archived");
    a.click("archiving:archive");
    a.click("archiving:confirm-archive");
    a.wait.until(ExpectedConditions.urlContains("gearchiveerd=" + slug));
    assertTrue(a.notice().contains(slug), a.notice());
  }

  @Test
  void whenTwoEditorsSaveTheSameItemTheSecondIsRefusedAndKeepsTheirText() {
    String slug = slug("browser-botsing");
    Editor a = editorA();
    fillNewStep(a, slug, "Botsing", 91);
    a.click("edit:save");
    a.wait.until(ExpectedConditions.urlContains("/redactie/stappen/" + slug));

    try (Editor b = Editor.logIn(Browser.take(), "editor-b", "/redactie/stappen/" + slug)) {
      a.type("edit:f-title", "Titel van A");
      a.click("edit:save");
      assertTrue(a.notice().contains("opgeslagen"), a.notice());

      b.type("edit:f-title", "Titel van B");
      b.typeRich("body", " Aanvulling van B.");
      b.click("edit:save");
      String problem = b.problem();
      assertTrue(problem.contains("editor-a"), problem);
      assertTrue(problem.contains("Uw tekst staat nog in het formulier"), problem);
      assertEquals(
          "Titel van B", b.browser.findElement(By.id("edit:f-title")).getAttribute("value"));
      assertTrue(
          b.browser
              .findElement(By.cssSelector("[id='edit:f-body'] .ql-editor"))
              .getText()
              .contains("Aanvulling van B."));

      a.open("/redactie/stappen/" + slug);
      assertEquals(
          "Titel van A", a.browser.findElement(By.id("edit:f-title")).getAttribute("value"));

      a.open("/redactie/stappen/" + slug + "-bestaat-niet");
      assertTrue(a.browser.getTitle().contains("niet gevonden"), a.browser.getTitle());
    }
  }
}
