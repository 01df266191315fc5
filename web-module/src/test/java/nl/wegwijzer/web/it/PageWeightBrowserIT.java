package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a first visit costs a visitor on a slow phone connection: every byte transferred for the
 * page and everything it loads, with an empty cache, must stay within 300 KB.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Lanes.PUBLIC_SITE, mode = ResourceAccessMode.READ)
@ResourceLock("PageWeightBrowserIT")
class PageWeightBrowserIT extends BrowserTest {

  private static final long LIMIT_BYTES = 300_000;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/organisaties",
        "/organisaties?q=opvang",
        "/zorgcoordinator",
        "/route-op-maat",
        "/signaleren",
        "/zoeken?q=opvang",
        "/informatie"
      })
  void theFirstLoadOfAPublicPageStaysUnder300Kilobytes(String page) throws InterruptedException {
    open(page);
    // fonts and late resources are fetched after the load event: let them arrive
    Thread.sleep(500);
    Number transferred =
        (Number)
            browser.executeScript(
                "const entries = performance.getEntriesByType('navigation')"
                    + ".concat(performance.getEntriesByType('resource'));"
                    + "return entries.reduce((sum, e) => sum + (e.transferSize || 0), 0);");
    assertTrue(transferred.longValue() > 1_000, "the measurement saw the page itself");
    assertTrue(
        transferred.longValue() <= LIMIT_BYTES,
        () ->
            page
                + " transfers "
                + transferred
                + " bytes on first load, more than "
                + LIMIT_BYTES
                + "; the largest: "
                + browser.executeScript(
                    "return performance.getEntriesByType('resource')"
                        + ".sort((a, b) => b.transferSize - a.transferSize).slice(0, 6)"
                        + ".map(e => e.name.replace(location.origin, '') + ' ' + e.transferSize)"
                        + ".join(', ');"));
  }
}
