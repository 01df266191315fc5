package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The second deployment, whose session lifetimes are seconds instead of hours (the same settings as
 * in production, only shorter): a staff session ends at its absolute lifetime however busy it is,
 * and an administrator's after its idle time, each with the login page next.
 */
@Execution(ExecutionMode.CONCURRENT)
@Order(Lanes.OWN_SERVERS_FIRST + 1)
@ResourceLock(Lanes.SECOND_DEPLOYMENT)
@ExtendWith(RunningApp.Second.class)
class SessionLifetimeIT {

  @Test
  void aStaffSessionEndsAtItsAbsoluteLifetimeThoughItIsInUse() throws Exception {
    Keycloak.Session session =
        Keycloak.Session.loggedIn(
            RunningApp.Second.baseUrl(), "coordinator-zeeland", "/coordinatie");
    for (int second = 0; second < 6; second += 2) {
      assertEquals(
          "200", session.outcome(RunningApp.Second.baseUrl() + "/coordinatie/signalen"), "in use");
      Thread.sleep(2_000);
    }
    Thread.sleep(3_000);
    assertEquals("login", session.outcome(RunningApp.Second.baseUrl() + "/coordinatie/signalen"));
  }

  @Test
  void anAdministratorsSessionEndsAfterItsShorterIdleTime() throws Exception {
    Keycloak.Session session =
        Keycloak.Session.loggedIn(RunningApp.Second.baseUrl(), "admin", "/beheer");
    assertEquals("200", session.outcome(RunningApp.Second.baseUrl() + "/beheer/gebruikers"));
    Thread.sleep(5_000);
    assertEquals("login", session.outcome(RunningApp.Second.baseUrl() + "/beheer/gebruikers"));
  }
}
