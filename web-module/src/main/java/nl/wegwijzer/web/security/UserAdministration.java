package nl.wegwijzer.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.wegwijzer.directory.model.AuditAction;
import nl.wegwijzer.directory.service.AuditTrail;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.security.KeycloakUsers.UserDetails;
import nl.wegwijzer.web.security.KeycloakUsers.UserSummary;

/**
 * The administrators' user management: users, their roles and a coordinator's regions live in
 * Keycloak (changed through {@link KeycloakUsers}); every change is written to the audit trail in
 * the same request, naming the administrator from {@link CurrentUser}.
 *
 * <p>Each change is recorded right after Keycloak made it. A change Keycloak refuses is not
 * recorded, but the steps before it (one role of several) stay recorded, as they stay done in
 * Keycloak: hence no rollback for {@link UserAdminException}.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = UserAdminException.class)
public class UserAdministration {

  /** The roles an administrator hands out. */
  public static final List<String> ROLES = List.of(Role.EDITOR, Role.COORDINATOR, Role.ADMIN);

  /** The path segment of the create form (/beheer/gebruikers/nieuw); never a user name. */
  public static final String RESERVED_NAME = "nieuw";

  public static final int MIN_PASSWORD_LENGTH = 12;
  private static final int MAX_NAME_LENGTH = 100;
  private static final Pattern USER_NAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,49}$");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

  private final KeycloakUsers keycloak;
  private final AuditTrail audit;
  private final PlaceService places;
  private final CurrentUser currentUser;
  private final AccessRegister access;

  protected UserAdministration() {
    this(null, null, null, null, null);
  }

  @Inject
  public UserAdministration(
      KeycloakUsers keycloak,
      AuditTrail audit,
      PlaceService places,
      CurrentUser currentUser,
      AccessRegister access) {
    this.keycloak = keycloak;
    this.audit = audit;
    this.places = places;
    this.currentUser = currentUser;
    this.access = access;
  }

  /** Only administrators; the screens are guarded too, this guards the service itself. */
  private String administrator() {
    if (!currentUser.isLoggedIn() || !currentUser.hasRole(Role.ADMIN)) {
      throw new SecurityException("User management is for administrators only");
    }
    return currentUser.getName();
  }

  /** A page of the users whose name or e-mail address contain the text. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<UserSummary> users(String text, PageRequest page) {
    administrator();
    long total = keycloak.count(text);
    List<UserSummary> users =
        total == 0 ? List.of() : keycloak.search(text, page.offset(), page.size());
    return new Page<>(users, page.number(), page.size(), total);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public UserDetails user(String userName) {
    administrator();
    return keycloak
        .findByUserName(userName)
        .orElseThrow(() -> new NotFoundException("user", userName));
  }

  /** Creates an enabled user that must change the temporary password at the first login. */
  public UserDetails create(NewUser user) {
    String actor = administrator();
    String userName =
        user.userName() == null ? "" : user.userName().strip().toLowerCase(Locale.ROOT);
    if (!USER_NAME.matcher(userName).matches() || userName.equals(RESERVED_NAME)) {
      throw new InvalidInputException("userName", "3-50 lower-case letters, digits, . _ or -");
    }
    String firstName = required(user.firstName(), "firstName");
    String lastName = required(user.lastName(), "lastName");
    String email = user.email() == null ? "" : user.email().strip().toLowerCase(Locale.ROOT);
    if (!EMAIL.matcher(email).matches() || email.length() > 254) {
      throw new InvalidInputException("email", "not an e-mail address");
    }
    String password = user.temporaryPassword() == null ? "" : user.temporaryPassword();
    if (password.length() < MIN_PASSWORD_LENGTH
        || password.equalsIgnoreCase(userName)
        || password.equalsIgnoreCase(email)) {
      throw new InvalidInputException(
          "temporaryPassword", "at least 12 characters, not the user name or e-mail address");
    }
    String id = keycloak.create(userName, firstName, lastName, email, password);
    audit.record(
        actor, AuditAction.USER_CREATED, userName, firstName + " " + lastName + ", " + email);
    return keycloak.get(id);
  }

  public UserDetails setEnabled(String userName, boolean enabled) {
    String actor = administrator();
    UserDetails user = user(userName);
    if (!enabled && user.userName().equals(actor)) {
      throw new InvalidInputException(
          "enabled", "an administrator cannot disable their own account");
    }
    if (user.enabled() != enabled) {
      keycloak.setEnabled(user.id(), enabled);
      audit.record(
          actor,
          enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED,
          user.userName(),
          null);
      takeEffect(user, !enabled);
    }
    return keycloak.get(user.id());
  }

  /** Gives the user exactly these of the application's roles, one change at a time. */
  public UserDetails setRoles(String userName, Collection<String> roles) {
    String actor = administrator();
    UserDetails user = user(userName);
    Set<String> wanted = new LinkedHashSet<>(roles == null ? List.of() : roles);
    for (String role : wanted) {
      if (!ROLES.contains(role)) {
        throw new InvalidInputException("roles", "unknown role " + role);
      }
    }
    if (user.userName().equals(actor) && !wanted.contains(Role.ADMIN)) {
      throw new InvalidInputException("roles", "an administrator cannot take their own admin role");
    }
    boolean changed = false;
    boolean revoked = false;
    for (String role : ROLES) {
      boolean has = user.roles().contains(role);
      if (wanted.contains(role) && !has) {
        keycloak.assignRole(user.id(), role);
        audit.record(actor, AuditAction.ROLE_ASSIGNED, user.userName(), role);
        changed = true;
      } else if (!wanted.contains(role) && has) {
        keycloak.revokeRole(user.id(), role);
        audit.record(actor, AuditAction.ROLE_REVOKED, user.userName(), role);
        changed = true;
        revoked = true;
      }
    }
    if (changed) {
      takeEffect(user, revoked);
    }
    return keycloak.get(user.id());
  }

  /** Replaces a coordinator's regions; only the directory's region codes. */
  public UserDetails setRegions(String userName, Collection<String> regions) {
    String actor = administrator();
    UserDetails user = user(userName);
    List<String> known = places.regions().stream().map(RegionView::code).toList();
    List<String> wanted = new ArrayList<>();
    for (String code : regions == null ? List.<String>of() : regions) {
      if (!known.contains(code)) {
        throw new InvalidInputException("regions", "unknown region " + code);
      }
      if (!wanted.contains(code)) {
        wanted.add(code);
      }
    }
    // In the directory's order, so that the same set always reads the same.
    wanted.sort(java.util.Comparator.comparingInt(known::indexOf));
    List<String> before =
        user.regions().stream().sorted(java.util.Comparator.comparingInt(known::indexOf)).toList();
    if (!before.equals(wanted)) {
      keycloak.setRegions(user.id(), wanted);
      audit.record(
          actor,
          AuditAction.REGIONS_CHANGED,
          user.userName(),
          listed(before) + " → " + listed(wanted));
      takeEffect(user, !wanted.containsAll(before));
    }
    return keycloak.get(user.id());
  }

  /**
   * Makes a change of rights count from the user's very next request on every node: their sessions
   * of before now end (a grant too, so the next login brings a token with it). A revocation also
   * ends all the user's sessions at Keycloak at once, API logins included.
   */
  private void takeEffect(UserDetails user, boolean revoked) {
    access.rightsChanged(
        user.userName(),
        keycloak.currentRights(user.userName()).orElse(AccessRegister.Rights.NONE));
    if (revoked) {
      keycloak.logout(user.id());
    }
  }

  private static String listed(List<String> codes) {
    return codes.isEmpty() ? "-" : String.join(", ", codes);
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank() || value.strip().length() > MAX_NAME_LENGTH) {
      throw new InvalidInputException(
          field, "required, at most " + MAX_NAME_LENGTH + " characters");
    }
    return value.strip();
  }
}
