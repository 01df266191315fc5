package nl.wegwijzer.web.it;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.web.melden.FormTimestamp;
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

  /**
   * The port the demo deployment sends its e-mail notices to, drawn once per test run (when the
   * class is loaded, so that no lock is needed: the deployment starts on a thread of its own while
   * a test class holds the class's lock).
   */
  private static final int SMTP_PORT = drawPort();

  private static int drawPort() {
    try {
      return PayaraProcess.freePort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static int smtpPort() {
    return SMTP_PORT;
  }

  static String setting(String name, String fallback) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      value = System.getProperty(name, fallback);
    }
    return value;
  }

  static String adminUrl() {
    return setting("WEGWIJZER_IT_DB_ADMIN_URL", "jdbc:postgresql://127.0.0.1:55433/postgres");
  }

  static String demoData() {
    return System.getProperty("wegwijzer.it.demo", "../deploy/demo");
  }

  static PayaraProcess startWithDemoData() throws Exception {
    databaseUrl = PayaraProcess.freshDatabase(adminUrl(), "wegwijzer_it");
    // Loopback is a trusted proxy, as the balancer is in a cluster: a test that posts the public
    // forms with an X-Forwarded-For address of its own leaves the others' allowance alone (every
    // test's own address is 127.0.0.1, and the count lives in the shared database).
    // The e-mail notices go to a port where a test that reads them runs GreenMail
    // (NoticesBrowserIT);
    // while none listens, sending fails and is only logged.
    return PayaraProcess.start(
        databaseUrl,
        demoData(),
        Map.of(
            "WEGWIJZER_TRUSTED_PROXIES",
            "127.0.0.1",
            "WEGWIJZER_SMTP_HOST",
            "127.0.0.1",
            "WEGWIJZER_SMTP_PORT",
            String.valueOf(smtpPort()),
            "WEGWIJZER_FORM_SECRET",
            FORM_SECRET));
  }

  /** The key of the public forms' time stamps on this deployment, so that tests can make one. */
  private static final String FORM_SECRET = "running-app-form-secret";

  /**
   * The time stamp of a public form served four seconds ago, past the minimum fill time, for tests
   * of what comes after that check, instead of waiting it out.
   */
  static String formServedSecondsAgo() {
    return formServed(Duration.ofSeconds(4));
  }

  /**
   * The time stamp of a public form served {@code ago}: the deployment's key with a clock that much
   * behind (the test and the deployment share the machine's clock).
   */
  static String formServed(Duration ago) {
    return new FormTimestamp(
            Optional.of(FORM_SECRET), Clock.offset(Clock.systemUTC(), ago.negated()))
        .issue();
  }

  /**
   * A deployment started at most once for the whole test run (ahead by {@link Deployments}, or by
   * the first test class that needs it), and stopped at the run's end.
   */
  static PayaraProcess shared(ExtensionContext context, String name, Starter starter) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(
            PayaraProcess.class.getName() + ":" + name,
            key -> {
              try {
                return starter.start();
              } catch (Exception e) {
                throw new IllegalStateException(name + " did not start", e);
              }
            },
            PayaraProcess.class);
  }

  @FunctionalInterface
  interface Starter {
    PayaraProcess start() throws Exception;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    synchronized (RunningApp.class) {
      deployment = shared(context, "demo", () -> Deployments.take("demo"));
    }
  }

  /**
   * The second deployment, for what the shared one cannot host: staff sessions that last seconds
   * instead of hours (SessionLifetimeIT), and posts to the public forms counted in a database of
   * its own (ApiFuzzIT's all come from 127.0.0.1, which the shared deployment's other tests post
   * from too). Use with {@code @ExtendWith(RunningApp.Second.class)} and {@link #baseUrl()}.
   */
  public static final class Second implements BeforeAllCallback {

    private static PayaraProcess second;

    public static String baseUrl() {
      return second.baseUrl();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
      synchronized (Second.class) {
        second = shared(context, "short sessions", () -> Deployments.take("short sessions"));
      }
    }

    static PayaraProcess startShortSessions() throws Exception {
      return PayaraProcess.start(
          PayaraProcess.freshDatabase(adminUrl(), "wegwijzer_it_second"),
          demoData(),
          PayaraProcess.withoutDocuments(
              Map.of(
                  "WEGWIJZER_SESSION_ABSOLUTE", "PT8S", "WEGWIJZER_SESSION_ADMIN_IDLE", "PT4S")));
    }
  }
}
