package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core's WCAG 2.0/2.1 A and AA rules, run on the page the browser shows now. */
final class Accessibility {

  static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private Accessibility() {}

  /** Fails with every violation, its impact and the elements concerned. */
  static void assertNoViolations(WebDriver browser, String where) {
    // Legacy mode runs axe.run in the page in one go. The default runs it per frame and then
    // finishes in a new window with axe injected a second time, for cross-origin frames, which no
    // page here can have (the pages' CSP, default-src 'self', refuses them); that extra round took
    // much of each check's time.
    Results results = new AxeBuilder().withTags(WCAG_AA).setLegacyMode(true).analyze(browser);
    if (results.isErrored()) {
      fail(where + ": axe-core could not run: " + results.getErrorMessage());
    }
    List<Rule> violations = results.getViolations();
    if (!violations.isEmpty()) {
      fail(
          where
              + " ("
              + browser.getCurrentUrl()
              + ") violates WCAG:\n"
              + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
    }
  }

  private static String describe(Rule rule) {
    return "- "
        + rule.getId()
        + " ["
        + rule.getImpact()
        + "] "
        + rule.getHelp()
        + ": "
        + rule.getNodes().stream()
            .map(CheckedNode::getTarget)
            .map(String::valueOf)
            .collect(Collectors.joining(", "));
  }
}
