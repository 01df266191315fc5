package nl.wegwijzer.web.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real deployment for integration tests: Payara Micro with the built WAR, on a fresh PostgreSQL
 * database with the demo data, started once for the whole test run and stopped at its end. Use with
 * {@code @ExtendWith(RunningApp.class)} and {@link #baseUrl()}.
 */
public final class RunningApp implements BeforeAllCallback {

  private static PayaraProcess deployment;

  public static String baseUrl() {
    return deployment.baseUrl();
  }

  static String setting(String name, String fallback) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      value = System.getProperty(name, fallback);
    }
    return value;
  }

  private static PayaraProcess startWithDemoData() throws Exception {
    String adminUrl =
        setting("WEGWIJZER_IT_DB_ADMIN_URL", "jdbc:postgresql://127.0.0.1:55433/postgres");
    return PayaraProcess.start(
        PayaraProcess.freshDatabase(adminUrl, "wegwijzer_it"),
        System.getProperty("wegwijzer.it.demo", "../deploy/demo"));
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (RunningApp.class) {
      if (deployment == null) {
        deployment = startWithDemoData();
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .put(PayaraProcess.class, deployment);
      }
    }
  }
}
