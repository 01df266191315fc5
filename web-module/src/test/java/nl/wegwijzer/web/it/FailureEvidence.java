package nl.wegwijzer.web.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;

/**
 * Keeps a screenshot and the page source of a failed browser test in {@code
 * target/browser-failures}, taken before the browser closes.
 */
final class FailureEvidence implements TestExecutionExceptionHandler {

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    if (context.getRequiredTestInstance() instanceof BrowserTest test && test.browser != null) {
      try {
        Path folder = Files.createDirectories(Path.of("target", "browser-failures"));
        String name =
            context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName();
        String safe = name.replaceAll("[^A-Za-z0-9-]", "_");
        Files.write(folder.resolve(safe + ".png"), test.browser.getScreenshotAs(OutputType.BYTES));
        Files.writeString(
            folder.resolve(safe + ".html"),
            test.browser.getCurrentUrl() + "\n" + test.browser.getPageSource());
      } catch (RuntimeException | java.io.IOException evidenceFailed) {
        failure.addSuppressed(evidenceFailed);
      }
    }
    throw failure;
  }
}
