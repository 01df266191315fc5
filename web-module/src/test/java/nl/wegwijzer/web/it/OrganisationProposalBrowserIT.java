package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A coordinator proposes a correction to an organisation of their region on
 * /coordinatie/voorstellen: the form starts from the live profile, the proposal shows in their list
 * as in review and in the editors' review queue as a coordinator's proposal, with the note. A
 * coordinator of another region has no way to it and is refused at its address.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Lanes.PUBLIC_SITE)
@Order(Lanes.AFTER_THE_READERS)
class OrganisationProposalBrowserIT extends BrowserTest {

  /** A Zeeland demo organisation no other test changes. */
  private static final String ORGANISATION = "zorgpunt-walcheren-bevelanden";

  private void logInAt(String user, String path) {
    open(path);
    logInAs(user);
    wait.until(ExpectedConditions.urlContains(RunningApp.baseUrl() + path));
  }

  @Test
  void aCoordinatorProposesACorrectionThatWaitsForTheEditors() {
    logInAt("coordinator-zeeland", "/coordinatie/voorstellen");
    WebElement correct =
        browser.findElement(
            By.cssSelector(".organisation[data-slug='" + ORGANISATION + "'] .propose-correction"));
    correct.click();
    wait.until(ExpectedConditions.urlContains("/coordinatie/voorstellen/organisaties/"));
    WebElement email = browser.findElement(By.id("edit:f-email"));
    assertEquals(
        "info@zorgpunt-walcheren-bevelanden.example",
        email.getAttribute("value"),
        "the form starts from the live profile");
    List<String> municipalities =
        browser.findElements(By.cssSelector("select[id$='municipalities'] option")).stream()
            .map(o -> o.getAttribute("value"))
            .distinct()
            .toList();
    assertTrue(
        !municipalities.isEmpty() && municipalities.size() <= 13,
        "only the 13 municipalities of Zeeland: " + municipalities);
    assertTrue(municipalities.contains("GM0687"), "Middelburg: " + municipalities);
    assertFalse(municipalities.contains("GM0363"), "not Amsterdam: " + municipalities);
    email.clear();
    email.sendKeys("zorg@zorgpunt-walcheren-bevelanden.example");
    String note = "Het algemene adres is sinds deze maand veranderd (website van het zorgpunt).";
    browser.findElement(By.id("edit:note")).sendKeys(note);
    submit(By.id("edit:send"));

    wait.until(ExpectedConditions.urlContains("/coordinatie/voorstellen?verzonden=1"));
    String notice = browser.findElement(By.id("notice")).getText();
    assertTrue(notice.contains("naar de redactie gestuurd"), notice);
    WebElement sent =
        browser.findElement(
            By.cssSelector("#sent-table .proposal[data-slug='" + ORGANISATION + "']"));
    assertTrue(sent.getText().contains("Zorgpunt Walcheren-Bevelanden"), sent.getText());
    assertTrue(
        sent.findElement(By.className("proposal-state"))
            .getText()
            .contains("Ter beoordeling bij de redactie"),
        sent.getText());

    Browser.forget(browser);
    logInAt("editor-a", "/redactie");
    WebElement line =
        browser.findElement(
            By.cssSelector("#waiting .revision-line[data-slug='" + ORGANISATION + "']"));
    assertTrue(line.getText().contains("coordinator-zeeland"), line.getText());
    assertTrue(line.getText().contains("Voorstel van een zorgcoördinator"), line.getText());
    open("/redactie/organisaties/" + ORGANISATION);
    assertTrue(browser.findElement(By.id("proposal-note")).getText().contains(note));
    assertEquals(
        "zorg@zorgpunt-walcheren-bevelanden.example",
        browser.findElement(By.id("edit:f-email")).getAttribute("value"));
  }

  @Test
  void aCoordinatorOfAnotherRegionHasNoWayToIt() {
    logInAt("coordinator-utrecht", "/coordinatie/voorstellen");
    List<WebElement> offered =
        browser.findElements(By.cssSelector(".organisation[data-slug='" + ORGANISATION + "']"));
    assertTrue(offered.isEmpty(), "no correction offered for another region's organisation");
    open("/coordinatie/voorstellen/organisaties/" + ORGANISATION);
    assertTrue(browser.findElements(By.id("forbidden-title")).size() == 1, browser.getTitle());
    assertTrue(browser.findElements(By.id("edit:send")).isEmpty());
  }
}
