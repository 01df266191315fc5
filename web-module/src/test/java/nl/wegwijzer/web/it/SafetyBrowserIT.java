package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Safer for the person at risk, in Chromium on a phone-sized window (390 × 844): the header leads
 * to the "Veilig zoeken" page in both languages. The quick exit on a phone: DirectoryBrowserIT.
 */
class SafetyBrowserIT extends BrowserTest {

  private static final Dimension PHONE = new Dimension(390, 844);
  private static final AtomicInteger ADDRESS = new AtomicInteger(10);

  /** Every post of this class counts for an address of its own (loopback is a trusted proxy). */
  @BeforeEach
  void ownAddress() {
    browser.executeCdpCommand("Network.enable", Map.of());
    browser.executeCdpCommand(
        "Network.setExtraHTTPHeaders",
        Map.of("headers", Map.of("X-Forwarded-For", "198.51.100." + ADDRESS.getAndIncrement())));
  }

  @Test
  void theHeaderLeadsToTheSafeBrowsingPageInDutchAndEnglish() {
    browser.manage().window().setSize(PHONE);
    open("/");
    browser.findElement(By.id("safe-browsing-link")).click();
    wait.until(ExpectedConditions.urlContains("/veilig-zoeken"));
    assertEquals("Veilig zoeken", browser.findElement(By.tagName("h1")).getText());
    String page = browser.findElement(By.id("safe-browsing")).getText();
    assertTrue(page.contains("privévenster"), page);
    assertTrue(page.contains("telefoon"), page);

    open("/veilig-zoeken?lang=en");
    assertEquals("Browse safely", browser.findElement(By.tagName("h1")).getText());
    assertTrue(browser.findElement(By.id("safe-browsing")).getText().contains("private window"));
    assertEquals("Browse safely", browser.findElement(By.id("safe-browsing-link")).getText());
  }
}
