package nl.wegwijzer.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import nl.wegwijzer.web.security.AccessRegister.Rights;
import org.junit.jupiter.api.Test;

/** The lifetimes chosen for staff sessions, and that Keycloak's single sign-on has the same. */
class SessionLifetimesTest {

  private static final Instant LOGIN = Instant.parse("2026-12-07T08:00:00Z");
  private final SessionLifetimes defaults = new SessionLifetimes();

  private static UserAccess of(String... roles) {
    return new UserAccess("x", new Rights(true, Set.of(roles), Set.of()), null, LOGIN, false);
  }

  @Test
  void staffSessionsLastThirtyMinutesIdleAndTenHoursAtMost() {
    SessionLifetimes.SessionLifetime staff = defaults.of(of(Role.COORDINATOR, Role.EDITOR));
    assertEquals(Duration.ofMinutes(30), staff.idle());
    assertFalse(staff.isOver(LOGIN, LOGIN.plus(Duration.ofHours(10))));
    assertTrue(staff.isOver(LOGIN, LOGIN.plus(Duration.ofHours(10)).plusSeconds(1)));
  }

  @Test
  void administratorsSessionsAreShorter() {
    SessionLifetimes.SessionLifetime admin = defaults.of(of(Role.ADMIN));
    assertEquals(Duration.ofMinutes(15), admin.idle());
    assertFalse(admin.isOver(LOGIN, LOGIN.plus(Duration.ofHours(4))));
    assertTrue(admin.isOver(LOGIN, LOGIN.plus(Duration.ofHours(4)).plusSeconds(1)));
  }

  @Test
  void keycloaksSingleSignOnEndsWhenAStaffSessionDoes() throws IOException {
    Path realm = Path.of("../deploy/keycloak/wegwijzer-realm.json");
    String json = Files.readString(realm);
    SessionLifetimes.SessionLifetime staff = defaults.of(of(Role.COORDINATOR));
    assertTrue(
        json.contains("\"ssoSessionIdleTimeout\": " + staff.idle().toSeconds()),
        "ssoSessionIdleTimeout");
    assertTrue(
        json.contains("\"ssoSessionMaxLifespan\": " + staff.absolute().toSeconds()),
        "ssoSessionMaxLifespan");
  }
}
