package nl.wegwijzer.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wegwijzer.web.security.KeycloakJson.CredentialRepresentation;
import nl.wegwijzer.web.security.KeycloakJson.RoleRepresentation;
import nl.wegwijzer.web.security.KeycloakJson.UserRepresentation;

/**
 * The realm's users as the user management and the access register see them, kept in Keycloak and
 * changed through its admin REST API: {@link KeycloakUserApi} (users), {@link KeycloakRoleMappings}
 * (realm roles) and {@link KeycloakSessions} (sessions, brute-force lock, login events), over the
 * connection of {@link KeycloakAdminApi}. This class only puts their representations into the
 * application's records; the tests replace it as a whole with one in memory.
 *
 * <p>Changes to a user read the whole representation and write it back changed, so that nothing
 * else about the user (attributes, required actions) is lost.
 */
@ApplicationScoped
public class KeycloakUsers {

  /** The user profile attribute with a coordinator's region codes (also a token claim). */
  public static final String REGIONS_ATTRIBUTE = KeycloakClaims.REGIONS;

  @Inject KeycloakUserApi users;
  @Inject KeycloakRoleMappings roles;
  @Inject KeycloakSessions sessions;

  /** A user in a list: what the list shows. */
  public record UserSummary(
      String id,
      String userName,
      String firstName,
      String lastName,
      String email,
      boolean enabled,
      List<String> roles,
      List<String> regions)
      implements java.io.Serializable {}

  /**
   * What Keycloak knows of a user's logins: locked by the brute-force detection (too many wrong
   * passwords), and the last login among the stored login events (null when there is none: never,
   * or longer ago than the realm keeps events).
   */
  public record UserStatus(boolean locked, Instant lastLogin) implements java.io.Serializable {}

  /** A user with the realm roles and regions. */
  public record UserDetails(
      String id,
      String userName,
      String firstName,
      String lastName,
      String email,
      boolean enabled,
      List<String> roles,
      List<String> regions,
      List<String> requiredActions)
      implements java.io.Serializable {}

  /** Users whose user name, e-mail address or name contain the text; all when it is blank. */
  public List<UserSummary> search(String text, int first, int max) {
    List<UserRepresentation> found = users.search(text, first, max);
    if (found.isEmpty()) {
      return List.of();
    }
    // Three lists of role members instead of one role lookup per user in the page.
    Map<String, List<String>> members = new HashMap<>();
    for (String role : UserAdministration.ROLES) {
      for (UserRepresentation member : roles.members(role)) {
        members.computeIfAbsent(member.id(), id -> new ArrayList<>()).add(role);
      }
    }
    return found.stream().map(u -> summary(u, members.getOrDefault(u.id(), List.of()))).toList();
  }

  /** How many users {@link #search} finds in all. */
  public long count(String text) {
    return users.count(text);
  }

  /** The user with exactly this user name, if any. */
  public Optional<UserDetails> findByUserName(String userName) {
    return users.byUserName(userName).map(u -> details(u, roleNames(roles.mapped(u.id()))));
  }

  /**
   * What the user may do now: enabled, the realm roles in effect (composites included, as in a
   * token) and regions; empty when Keycloak does not know the user (deleted).
   */
  public Optional<AccessRegister.Rights> currentRights(String userName) {
    return users
        .byUserName(userName)
        .map(u -> details(u, roleNames(roles.effective(u.id()))))
        .map(
            user ->
                new AccessRegister.Rights(
                    user.enabled(), Set.copyOf(user.roles()), Set.copyOf(user.regions())));
  }

  /** Whom a notice about a region goes to: a coordinator's user name and e-mail address. */
  public record Recipient(String userName, String email) {}

  /** The most coordinators one region is expected to have; a notice reaches at most these. */
  private static final int MAX_COORDINATORS_PER_REGION = 200;

  /**
   * The enabled users with the coordinator role and the region among their regions who have an
   * e-mail address: those told when something arrives for the region.
   */
  public List<Recipient> coordinatorsOf(String regionCode) {
    Set<String> coordinators =
        roles.members(Role.COORDINATOR).stream()
            .map(UserRepresentation::id)
            .collect(java.util.stream.Collectors.toSet());
    return users.withAttribute(REGIONS_ATTRIBUTE, regionCode, MAX_COORDINATORS_PER_REGION).stream()
        .filter(u -> Boolean.TRUE.equals(u.enabled()) && coordinators.contains(u.id()))
        .filter(u -> u.attribute(REGIONS_ATTRIBUTE).contains(regionCode))
        .filter(u -> !text(u.email()).isBlank())
        .map(u -> new Recipient(u.username(), u.email()))
        .toList();
  }

  /** Ends one login at Keycloak (its SSO session, the 'sid' of its tokens). */
  public void endSession(String loginId) {
    sessions.endSession(loginId);
  }

  /** Ends every Keycloak session of the user: no token of theirs can be refreshed any more. */
  public void logout(String id) {
    sessions.logout(id);
  }

  public UserDetails get(String id) {
    return details(users.get(id), realmRoles(id));
  }

  /**
   * Creates an enabled user with a temporary password (Keycloak then asks for a new one at the
   * first login). Answers the new user's id.
   */
  public String create(
      String userName, String firstName, String lastName, String email, String temporaryPassword) {
    return users.create(
        UserRepresentation.create(
            userName,
            firstName,
            lastName,
            email,
            CredentialRepresentation.temporaryPassword(temporaryPassword)));
  }

  public void setEnabled(String id, boolean enabled) {
    users.update(id, user -> user.withEnabled(enabled));
  }

  /** Replaces a user's regions (the user profile allows only the directory's region codes). */
  public void setRegions(String id, Collection<String> regions) {
    users.update(id, user -> user.withAttribute(REGIONS_ATTRIBUTE, List.copyOf(regions)));
  }

  /** The user's realm roles among the application's roles. */
  public List<String> realmRoles(String id) {
    return roleNames(roles.mapped(id));
  }

  /** The user names of the enabled users with the realm role (for "the last administrator"). */
  public List<String> enabledUsersWithRole(String role) {
    return roles.members(role).stream()
        .filter(u -> Boolean.TRUE.equals(u.enabled()))
        .map(u -> text(u.username()))
        .toList();
  }

  /** The enabled users with the realm role coordinator, with their names and regions. */
  public List<UserSummary> enabledCoordinators() {
    return roles.members(Role.COORDINATOR, false).stream()
        .filter(u -> Boolean.TRUE.equals(u.enabled()))
        .map(u -> summary(u, List.of(Role.COORDINATOR)))
        .toList();
  }

  /**
   * Locked by the brute-force detection, and the last stored login event (needs {@code
   * view-events}).
   */
  public UserStatus status(String id) {
    boolean locked = sessions.locked(id);
    Instant lastLogin = sessions.lastLogin(id);
    return new UserStatus(locked, lastLogin);
  }

  /** Ends a lock by the brute-force detection: the failed logins are forgotten. */
  public void unlock(String id) {
    sessions.unlock(id);
  }

  /** Changes the user's name and e-mail address (Keycloak refuses an e-mail in use: 409). */
  public void updateDetails(String id, String firstName, String lastName, String email) {
    users.update(id, user -> user.withNames(firstName, lastName, email));
  }

  /**
   * Sets a temporary password: Keycloak asks the user for a new one at the next login
   * (UPDATE_PASSWORD becomes a required action).
   */
  public void resetPassword(String id, String temporaryPassword) {
    users.resetPassword(id, temporaryPassword);
  }

  /** Gives the user a realm role (found among the roles the user does not have yet). */
  public void assignRole(String id, String role) {
    roles.assign(id, role);
  }

  /** Takes a realm role from the user; nothing happens when the user does not have it. */
  public void revokeRole(String id, String role) {
    roles.revoke(id, role);
  }

  private static List<String> roleNames(List<RoleRepresentation> roles) {
    List<String> names = roles.stream().map(RoleRepresentation::name).toList();
    return Role.ALL.stream().filter(names::contains).toList();
  }

  private static UserSummary summary(UserRepresentation user, List<String> roles) {
    UserDetails details =
        details(user, UserAdministration.ROLES.stream().filter(roles::contains).toList());
    return new UserSummary(
        details.id(),
        details.userName(),
        details.firstName(),
        details.lastName(),
        details.email(),
        details.enabled(),
        details.roles(),
        details.regions());
  }

  private static UserDetails details(UserRepresentation user, List<String> roles) {
    return new UserDetails(
        user.id(),
        text(user.username()),
        text(user.firstName()),
        text(user.lastName()),
        text(user.email()),
        Boolean.TRUE.equals(user.enabled()),
        roles,
        user.attribute(REGIONS_ATTRIBUTE),
        user.requiredActions() == null ? List.of() : List.copyOf(user.requiredActions()));
  }

  /** Keycloak leaves out the fields a user does not have; the screens show them empty. */
  private static String text(String value) {
    return value == null ? "" : value;
  }
}
