package nl.wegwijzer.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.casework.service.Colleagues.Colleague;
import nl.wegwijzer.web.security.KeycloakUsers.UserSummary;
import org.junit.jupiter.api.Test;

/**
 * A region's colleagues are the coordinators whose Keycloak regions hold it, by name; the list is
 * asked again once it is older than a short while.
 */
class KeycloakColleaguesTest {

  private static UserSummary coordinator(
      String userName, String first, String last, String... regions) {
    return new UserSummary(
        userName,
        userName,
        first,
        last,
        userName + "@example.org",
        true,
        List.of("coordinator"),
        List.of(regions));
  }

  private static final class Coordinators extends KeycloakUsers {
    final List<UserSummary> now = new ArrayList<>();
    int asked;

    @Override
    public List<UserSummary> enabledCoordinators() {
      asked++;
      return List.copyOf(now);
    }
  }

  @Test
  void theColleaguesOfARegionAreItsCoordinatorsByName() {
    Coordinators keycloak = new Coordinators();
    keycloak.now.add(coordinator("coordinator-zeeland", "Femke", "Visser", "zeeland"));
    keycloak.now.add(coordinator("coordinator-zw", "Anna", "de Vries", "zeeland", "west-brabant"));
    keycloak.now.add(coordinator("coordinator-utrecht", "Daan", "Bakker", "utrecht"));
    KeycloakColleagues colleagues =
        new KeycloakColleagues(keycloak, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    assertEquals(
        List.of(
            new Colleague("coordinator-zw", "Anna de Vries"),
            new Colleague("coordinator-zeeland", "Femke Visser")),
        colleagues.ofRegion("zeeland"));
    assertEquals("Daan Bakker", colleagues.nameOf("coordinator-utrecht"));
    assertEquals("public-form", colleagues.nameOf("public-form"), "not a coordinator");
  }

  @Test
  void aChangeInKeycloakCountsWithinHalfAMinute() {
    Coordinators keycloak = new Coordinators();
    keycloak.now.add(coordinator("coordinator-zeeland", "Femke", "Visser", "zeeland"));
    MovableClock clock = new MovableClock(Instant.EPOCH);
    KeycloakColleagues colleagues = new KeycloakColleagues(keycloak, clock);
    assertEquals(1, colleagues.ofRegion("zeeland").size());
    keycloak.now.add(coordinator("coordinator-zeeland-2", "Joris", "de Wit", "zeeland"));
    clock.now = clock.now.plusSeconds(10);
    assertEquals(1, colleagues.ofRegion("zeeland").size(), "asked again only when aged");
    assertEquals(1, keycloak.asked);
    clock.now = clock.now.plus(KeycloakColleagues.FRESH);
    assertEquals(2, colleagues.ofRegion("zeeland").size());
    assertEquals(2, keycloak.asked);
  }

  @Test
  void aCoordinatorMissingFromTheListIsLookedUpAgainAtOnce() {
    Coordinators keycloak = new Coordinators();
    keycloak.now.add(coordinator("coordinator-zeeland", "Femke", "Visser", "zeeland"));
    MovableClock clock = new MovableClock(Instant.EPOCH);
    KeycloakColleagues colleagues = new KeycloakColleagues(keycloak, clock);
    assertEquals(1, colleagues.ofRegion("zeeland").size());
    keycloak.now.add(coordinator("coordinator-zeeland-2", "Joris", "de Wit", "zeeland"));
    assertEquals(
        Optional.empty(),
        colleagues.find("coordinator-zeeland-2", "zeeland"),
        "not asked again within a second of the last time");
    clock.now = clock.now.plus(KeycloakColleagues.RECHECK).plusMillis(1);
    assertEquals(
        Optional.of(new Colleague("coordinator-zeeland-2", "Joris de Wit")),
        colleagues.find("coordinator-zeeland-2", "zeeland"));
    assertEquals(2, keycloak.asked);
    assertEquals(2, colleagues.ofRegion("zeeland").size(), "the list is the new one");
    assertEquals(
        Optional.empty(), colleagues.find("coordinator-utrecht", "zeeland"), "nobody else");
    assertEquals(2, keycloak.asked, "a miss asks again at most once a second");
  }
}
