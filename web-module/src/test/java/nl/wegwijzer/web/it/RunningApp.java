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
  private static String databaseUrl;

  public static String baseUrl() {
    return deployment.baseUrl();
  }

  /** The JDBC URL of the deployment's database (user and password as {@link PayaraProcess}). */
  public static String databaseUrl() {
    return databaseUrl;
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
    databaseUrl = PayaraProcess.freshDatabase(adminUrl, "wegwijzer_it");
    // Loopback is a trusted proxy, as the balancer is in a cluster: a test that posts the public
    // forms with an X-Forwarded-For address of its own leaves the others' allowance alone (every
    // test's own address is 127.0.0.1, and the count lives in the shared database).
    return PayaraProcess.start(
        databaseUrl,
        System.getProperty("wegwijzer.it.demo", "../deploy/demo"),
        java.util.Map.of("WEGWIJZER_TRUSTED_PROXIES", "127.0.0.1"));
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
