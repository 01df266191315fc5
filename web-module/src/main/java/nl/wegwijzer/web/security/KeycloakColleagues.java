package nl.wegwijzer.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.wegwijzer.casework.service.Colleagues;
import nl.wegwijzer.web.security.KeycloakUsers.UserSummary;

/**
 * The coordinators of a region as Keycloak knows them: the enabled users with the role coordinator
 * whose regions attribute (the one the user management sets and the token carries) holds the
 * region. The list is asked again when it is older than {@link #FRESH}, so a case page does not ask
 * Keycloak at every request; a handover checked against it is at most that much behind.
 */
@ApplicationScoped
public class KeycloakColleagues implements Colleagues {

  static final Duration FRESH = Duration.ofSeconds(30);

  /** How often a user missing from the list makes it be asked again. */
  static final Duration RECHECK = Duration.ofSeconds(1);

  private static final Logger LOG = Logger.getLogger(KeycloakColleagues.class.getName());

  @Inject KeycloakUsers users;

  private Clock clock = Clock.systemUTC();

  private record Snapshot(Instant at, List<UserSummary> coordinators) {}

  private volatile Snapshot snapshot;

  /** For CDI. */
  protected KeycloakColleagues() {}

  /** Outside the container: users in memory and a clock to age the list with. */
  KeycloakColleagues(KeycloakUsers users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  @Override
  public List<Colleague> ofRegion(String regionCode) {
    return coordinators().stream()
        .filter(u -> u.regions().contains(regionCode))
        .map(u -> new Colleague(u.userName(), name(u)))
        .sorted(Comparator.comparing(Colleague::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /**
   * As the list has it, and when it lacks the user, as Keycloak has it now (at most once per {@link
   * #RECHECK}): a coordinator added a minute ago can be handed a case at once, not half a minute
   * later.
   */
  @Override
  public Optional<Colleague> find(String userName, String regionCode) {
    Optional<Colleague> found = Colleagues.super.find(userName, regionCode);
    Snapshot now = snapshot;
    if (found.isPresent() || now == null || !now.at().plus(RECHECK).isBefore(clock.instant())) {
      return found;
    }
    snapshot = null;
    return Colleagues.super.find(userName, regionCode);
  }

  /**
   * A coordinator's name; anyone else (a job, the public form) by their user name, which the
   * screens translate. When Keycloak cannot be asked the user name stands in: a timeline is still
   * readable.
   */
  @Override
  public String nameOf(String userName) {
    try {
      return coordinators().stream()
          .filter(u -> u.userName().equals(userName))
          .map(KeycloakColleagues::name)
          .findFirst()
          .orElse(userName);
    } catch (UserAdminException unreachable) {
      LOG.warning(() -> "No names from Keycloak: " + unreachable);
      return userName;
    }
  }

  private List<UserSummary> coordinators() {
    Snapshot now = snapshot;
    Instant at = clock.instant();
    if (now == null || now.at().plus(FRESH).isBefore(at)) {
      now = new Snapshot(at, users.enabledCoordinators());
      snapshot = now;
    }
    return now.coordinators();
  }

  private static String name(UserSummary user) {
    String name = (user.firstName() + " " + user.lastName()).strip();
    return name.isEmpty() ? user.userName() : name;
  }
}
