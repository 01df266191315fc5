package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A second deployment whose session lifetimes are seconds instead of hours (the same settings as in
 * production, only shorter): a staff session ends at its absolute lifetime however busy it is, and
 * an administrator's after its idle time, each with the login page next.
 */
class SessionLifetimeIT {

  private static PayaraProcess app;

  @BeforeAll
  static void startWithShortLifetimes() throws Exception {
    String adminUrl =
        RunningApp.setting(
            "WEGWIJZER_IT_DB_ADMIN_URL", "jdbc:postgresql://127.0.0.1:55433/postgres");
    app =
        PayaraProcess.start(
            PayaraProcess.freshDatabase(adminUrl, "wegwijzer_it_lifetimes"),
            System.getProperty("wegwijzer.it.demo", "../deploy/demo"),
            Map.of(
                "WEGWIJZER_SESSION_ABSOLUTE", "PT8S",
                "WEGWIJZER_SESSION_ADMIN_IDLE", "PT4S"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void aStaffSessionEndsAtItsAbsoluteLifetimeThoughItIsInUse() throws Exception {
    Keycloak.Session session =
        Keycloak.Session.loggedIn(app.baseUrl(), "coordinator-zeeland", "/coordinatie");
    for (int second = 0; second < 6; second += 2) {
      assertEquals("200", session.outcome(app.baseUrl() + "/coordinatie/signalen"), "in use");
      Thread.sleep(2_000);
    }
    Thread.sleep(3_000);
    assertEquals("login", session.outcome(app.baseUrl() + "/coordinatie/signalen"));
  }

  @Test
  void anAdministratorsSessionEndsAfterItsShorterIdleTime() throws Exception {
    Keycloak.Session session = Keycloak.Session.loggedIn(app.baseUrl(), "admin", "/beheer");
    assertEquals("200", session.outcome(app.baseUrl() + "/beheer/gebruikers"));
    Thread.sleep(5_000);
    assertEquals("login", session.outcome(app.baseUrl() + "/beheer/gebruikers"));
  }
}
