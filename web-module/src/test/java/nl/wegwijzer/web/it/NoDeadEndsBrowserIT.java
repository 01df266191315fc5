package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Every page leads on, in Chromium: breadcrumbs to click, the way back to the same search, the
 * names a typo may have meant, and the next step for a victim or a worried citizen.
 */
@ResourceLock(value = Lanes.PUBLIC_SITE, mode = ResourceAccessMode.READ)
@Order(Lanes.BEFORE_THE_WRITERS)
class NoDeadEndsBrowserIT extends BrowserTest {

  private List<WebElement> crumbs() {
    return browser.findElements(By.cssSelector("nav.breadcrumbs a"));
  }

  private void click(By link) {
    WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(link).click();
    wait.until(Browser.replaced(page));
  }

  @Test
  void everyBreadcrumbIsALinkAndTheLastIsThePageItself() {
    open("/rechten");
    click(By.cssSelector("#regulations h2 a"));
    String title = browser.findElement(By.tagName("h1")).getText();
    List<WebElement> crumbs = crumbs();
    assertEquals(3, crumbs.size(), "home, the section, the page");
    assertEquals(RunningApp.baseUrl() + "/", crumbs.get(0).getAttribute("href"));
    assertTrue(crumbs.get(1).getAttribute("href").endsWith("/rechten"));
    assertEquals(title, crumbs.get(2).getText());
    assertEquals("page", crumbs.get(2).getAttribute("aria-current"));
    assertEquals(browser.getCurrentUrl(), crumbs.get(2).getAttribute("href"));
    assertEquals(null, crumbs.get(1).getAttribute("aria-current"));

    click(By.cssSelector("nav.breadcrumbs li:nth-child(2) a"));
    assertTrue(browser.getCurrentUrl().endsWith("/rechten"), browser.getCurrentUrl());
    assertFalse(browser.findElements(By.id("regulations")).isEmpty());

    open("/beschermen");
    click(By.cssSelector(".step-card a"));
    assertEquals("page", crumbs().get(2).getAttribute("aria-current"));
    click(By.cssSelector("nav.breadcrumbs li:nth-child(2) a"));
    assertTrue(browser.getCurrentUrl().endsWith("/beschermen"), browser.getCurrentUrl());
  }

  @Test
  void backToAllOrganisationsKeepsTheFiltersAndThePage() {
    open("/organisaties?need=shelter&page=2");
    click(By.cssSelector(".result-title a"));
    assertTrue(browser.getCurrentUrl().contains("/organisaties/"), browser.getCurrentUrl());
    String crumb =
        browser
            .findElement(By.cssSelector("nav.breadcrumbs li:nth-child(2) a"))
            .getAttribute("href");

    click(By.id("back-to-list"));
    String url = browser.getCurrentUrl();
    assertTrue(url.contains("need=shelter") && url.contains("page=2"), url);
    assertEquals(
        "shelter",
        new Select(browser.findElement(By.id("f-need")))
            .getFirstSelectedOption()
            .getAttribute("value"));
    assertEquals(url.replaceAll("#.*$", ""), crumb.replaceAll("#.*$", ""), "the crumb too");

    open("/organisaties/advocatencollectief-binnenduin?terug=https://elders.example/");
    assertTrue(
        browser.findElement(By.id("back-to-list")).getAttribute("href").endsWith("/organisaties"),
        "never a way back to another site");
  }

  @Test
  void aTypoInTheCoordinatorFinderOffersTheClosestNames() {
    open("/zorgcoordinator");
    browser.findElement(By.id("plaats")).sendKeys("Utrech");
    click(By.cssSelector("#place-form button"));
    assertTrue(browser.findElement(By.id("place-problem")).getText().contains("Utrech"));
    click(By.cssSelector("#place-offers a[href$='plaats=Utrecht']"));
    assertTrue(browser.getCurrentUrl().contains("plaats=Utrecht"), browser.getCurrentUrl());
    assertTrue(browser.findElement(By.id("coordinator-answer")).getText().contains("Utrecht"));
  }

  @Test
  void aTypoOnTheRouteStillShowsTheRouteAndOffersTheClosestNames() {
    open("/route-op-maat?leeftijd=adult&nationaliteit=non-eu&vorm=labour&gemeente=Amsterdm");
    assertTrue(browser.findElement(By.id("failures")).getText().contains("Amsterdm"));
    assertFalse(browser.findElements(By.id("route-answer")).isEmpty(), "the route is answered");
    click(By.cssSelector("#place-offers a"));
    String url = browser.getCurrentUrl();
    assertTrue(url.contains("gemeente=Amsterdam") && url.contains("vorm=labour"), url);
    assertTrue(browser.findElement(By.id("route-summary")).getText().contains("Amsterdam"));
    assertTrue(browser.findElements(By.id("failures")).isEmpty());

    Api.Answer bothWrong = Api.get("/route-op-maat?leeftijd=adult&geslacht=xx&gemeente=Amsterdm");
    assertEquals(200, bothWrong.status(), "a second wrong answer is no server error");
    assertTrue(bothWrong.body().contains("id=\"failures\""), "the first wrong answer is named");
  }

  @Test
  void anUnknownPostcodeSaysSoAndAsksForTheMunicipality() {
    open("/zorgcoordinator?plaats=9999");
    String problem = browser.findElement(By.id("place-problem")).getText();
    assertTrue(problem.contains("9999") && problem.contains("gemeente"), problem);
    assertEquals("true", browser.findElement(By.id("plaats")).getAttribute("aria-invalid"));

    open("/route-op-maat?leeftijd=adult&gemeente=9999");
    String refused = browser.findElement(By.id("failures")).getText();
    assertTrue(refused.contains("9999") && refused.contains("gemeente"), refused);
    assertFalse(browser.findElements(By.id("route-answer")).isEmpty(), "the route is answered");
  }

  @Test
  void theVictimsPageLeadsToTheCoordinatorAndTheNumbersToCall() {
    open("/informatie/ben-ik-slachtoffer");
    WebElement next = browser.findElement(By.id("next-step"));
    assertFalse(next.findElements(By.cssSelector("a[href='tel:112']")).isEmpty());
    assertFalse(next.findElements(By.cssSelector("a[href='tel:09008844']")).isEmpty());
    click(By.id("next-coordinator"));
    assertTrue(browser.getCurrentUrl().endsWith("/zorgcoordinator"), browser.getCurrentUrl());
  }

  @Test
  void theWorriedCitizensPageLeadsToTheSignalFormAndItsNumbersCanBeCalled() {
    open("/informatie/zorgen-om-iemand");
    assertFalse(
        browser.findElements(By.cssSelector(".prose a[href='tel:09008844']")).isEmpty(),
        "the numbers in the text are links");
    assertFalse(browser.findElements(By.cssSelector(".prose a[href='tel:08002000']")).isEmpty());
    click(By.id("next-signal"));
    assertTrue(browser.getCurrentUrl().endsWith("/signaal-melden"), browser.getCurrentUrl());
  }

  @Test
  void openingHoursAreShownMondayFirst() {
    open("/organisaties/advocatencollectief-binnenduin");
    List<String> days =
        browser.findElements(By.cssSelector("table.hours th")).stream()
            .map(day -> day.getText().toLowerCase(Locale.ROOT))
            .toList();
    assertEquals(List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"), days);
  }
}
