package nl.wegwijzer.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.wegwijzer.directory.model.AuditAction;
import nl.wegwijzer.directory.service.AuditTrail;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.security.KeycloakUsers.UserDetails;
import nl.wegwijzer.web.security.KeycloakUsers.UserStatus;
import nl.wegwijzer.web.security.KeycloakUsers.UserSummary;

/**
 * The administrators' user management: users, their roles and a coordinator's regions live in
 * Keycloak (changed through {@link KeycloakUsers}); every change is written to the audit trail in
 * the same request, naming the administrator from {@link CurrentUser}.
 *
 * <p>Granting and taking away are separate paths. Taking away (disabling a user, removing a role or
 * a region) takes effect at once. Granting the role {@code editor} is direct too; granting the role
 * {@code admin} or {@code coordinator}, or a region, is only proposed ({@link GrantProposal}) and
 * reaches Keycloak when a second, different administrator approves it. No administrator changes
 * their own roles or regions, and the last enabled administrator keeps the role and the account.
 *
 * <p>A change made directly is recorded right after Keycloak made it. A change Keycloak refuses is
 * not recorded, but the steps before it (one role of several) stay recorded, as they stay done in
 * Keycloak: hence no rollback for {@link UserAdminException}. An approval is the opposite: the
 * proposal's decision and its audit line are written first and rolled back when Keycloak refuses,
 * so that it lands in both or in neither.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = UserAdminException.class)
public class UserAdministration {

  /** The roles an administrator hands out. */
  public static final List<String> ROLES = Role.ALL;

  /** The roles that need a second administrator to approve them. */
  public static final Set<String> PRIVILEGED_ROLES = Set.of(Role.COORDINATOR, Role.ADMIN);

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
  private final GrantProposals proposals;
  private final AccessRegister access;

  /** What a change to roles or regions did: the user as Keycloak has it now, and what waits. */
  public record UserChange(UserDetails user, List<GrantProposalView> proposed)
      implements java.io.Serializable {}

  protected UserAdministration() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public UserAdministration(
      KeycloakUsers keycloak,
      AuditTrail audit,
      PlaceService places,
      CurrentUser currentUser,
      GrantProposals proposals,
      AccessRegister access) {
    this.keycloak = keycloak;
    this.audit = audit;
    this.places = places;
    this.currentUser = currentUser;
    this.proposals = proposals;
    this.access = access;
  }

  /** Only administrators; the screens are guarded too, this guards the service itself. */
  private String administrator() {
    if (!currentUser.isLoggedIn() || !currentUser.hasRole(Role.ADMIN)) {
      throw new SecurityException("User management is for administrators only");
    }
    return currentUser.getName();
  }

  /** A user in the list, with what Keycloak knows of the user's logins. */
  public record UserRow(UserSummary user, UserStatus status) implements java.io.Serializable {}

  /**
   * A page of the users whose user name, name or e-mail address contain the text, with their roles,
   * regions, lock and last login.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<UserRow> users(String text, PageRequest page) {
    administrator();
    long total = keycloak.count(text);
    List<UserSummary> users =
        total == 0 ? List.of() : keycloak.search(text, page.offset(), page.size());
    return new Page<>(
        users.stream().map(u -> new UserRow(u, keycloak.status(u.id()))).toList(),
        page.number(),
        page.size(),
        total);
  }

  /** Locked or not, and the last login. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public UserStatus status(UserDetails user) {
    administrator();
    return keycloak.status(user.id());
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
    String email = email(user.email());
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

  /**
   * Changes the user's first and last name and e-mail address. The audit line is written first and
   * rolled back when Keycloak refuses (an e-mail address in use), so the change is in both or in
   * neither.
   */
  @Transactional(rollbackOn = UserAdminException.class)
  public UserDetails updateDetails(
      String userName, String firstName, String lastName, String email) {
    String actor = administrator();
    UserDetails user = user(userName);
    String first = required(firstName, "firstName");
    String last = required(lastName, "lastName");
    String mail = email(email);
    List<String> changes = new ArrayList<>();
    if (!first.equals(user.firstName()) || !last.equals(user.lastName())) {
      changes.add(user.firstName() + " " + user.lastName() + " → " + first + " " + last);
    }
    if (!mail.equals(user.email())) {
      changes.add(user.email() + " → " + mail);
    }
    if (changes.isEmpty()) {
      return user;
    }
    audit.record(actor, AuditAction.USER_UPDATED, user.userName(), String.join("; ", changes));
    proposals.flush();
    keycloak.updateDetails(user.id(), first, last, mail);
    return keycloak.get(user.id());
  }

  /**
   * Ends a lock by Keycloak's brute-force detection; nothing happens when the user is not locked.
   * In Keycloak and the audit trail, or in neither.
   */
  @Transactional(rollbackOn = UserAdminException.class)
  public UserStatus unlock(String userName) {
    String actor = administrator();
    UserDetails user = user(userName);
    if (keycloak.status(user.id()).locked()) {
      audit.record(actor, AuditAction.USER_UNLOCKED, user.userName(), null);
      proposals.flush();
      keycloak.unlock(user.id());
    }
    return keycloak.status(user.id());
  }

  /**
   * Gives the user a new, generated temporary password, answered once to be passed on; Keycloak
   * asks for a new one at the next login. The audit line never holds the password. In Keycloak and
   * the audit trail, or in neither.
   */
  @Transactional(rollbackOn = UserAdminException.class)
  public String resetPassword(String userName) {
    String actor = administrator();
    UserDetails user = user(userName);
    String password = TemporaryPasswords.generate();
    audit.record(actor, AuditAction.PASSWORD_RESET, user.userName(), null);
    proposals.flush();
    keycloak.resetPassword(user.id(), password);
    return password;
  }

  public UserDetails setEnabled(String userName, boolean enabled) {
    String actor = administrator();
    UserDetails user = user(userName);
    if (user.enabled() != enabled) {
      if (enabled) {
        keycloak.setEnabled(user.id(), true);
        audit.record(actor, AuditAction.USER_ENABLED, user.userName(), null);
        takeEffect(user, false);
      } else {
        disable(actor, user);
        takeEffect(user, true);
      }
    }
    return keycloak.get(user.id());
  }

  /** Revocation: the user cannot log in from now on. */
  private void disable(String actor, UserDetails user) {
    if (user.userName().equals(actor)) {
      throw new InvalidInputException(
          "enabled", "an administrator cannot disable their own account");
    }
    if (user.roles().contains(Role.ADMIN)) {
      keepAnAdministrator(user);
    }
    keycloak.setEnabled(user.id(), false);
    audit.record(actor, AuditAction.USER_DISABLED, user.userName(), null);
  }

  /**
   * Refuses to disable the last enabled administrator or take their role: nobody would be left to
   * manage users (Keycloak's own console aside).
   */
  private void keepAnAdministrator(UserDetails user) {
    proposals.lockAdministrators();
    List<String> others =
        keycloak.enabledUsersWithRole(Role.ADMIN).stream()
            .filter(name -> !name.equalsIgnoreCase(user.userName()))
            .toList();
    if (others.isEmpty()) {
      throw new InvalidInputException(
          "lastAdmin", "the last enabled administrator keeps the account and the admin role");
    }
  }

  /**
   * Gives the user exactly these of the application's roles: a role taken away is gone at once, the
   * role editor is given at once, the roles coordinator and admin are proposed.
   */
  public UserChange setRoles(String userName, Collection<String> roles) {
    String actor = administrator();
    UserDetails user = user(userName);
    Set<String> wanted = new LinkedHashSet<>(roles == null ? List.of() : roles);
    for (String role : wanted) {
      if (!ROLES.contains(role)) {
        throw new InvalidInputException("roles", "unknown role " + role);
      }
    }
    if (user.userName().equals(actor) && !wanted.equals(new LinkedHashSet<>(user.roles()))) {
      throw new InvalidInputException("ownRoles", "nobody changes their own roles");
    }
    boolean revoked = false;
    for (String role : ROLES) {
      if (!wanted.contains(role) && user.roles().contains(role)) {
        revokeRole(actor, user, role);
        revoked = true;
      }
    }
    boolean granted = false;
    List<GrantProposalView> proposed = new ArrayList<>();
    for (String role : ROLES) {
      if (wanted.contains(role) && !user.roles().contains(role)) {
        if (PRIVILEGED_ROLES.contains(role)) {
          propose(actor, user, GrantProposal.Kind.ROLE, role).ifPresent(proposed::add);
        } else {
          keycloak.assignRole(user.id(), role);
          audit.record(actor, AuditAction.ROLE_ASSIGNED, user.userName(), role);
          granted = true;
        }
      }
    }
    if (revoked || granted) {
      takeEffect(user, revoked);
    }
    return new UserChange(keycloak.get(user.id()), proposed);
  }

  /** Revocation: the role is gone at once. */
  private void revokeRole(String actor, UserDetails user, String role) {
    if (role.equals(Role.ADMIN) && user.enabled()) {
      keepAnAdministrator(user);
    }
    keycloak.revokeRole(user.id(), role);
    audit.record(actor, AuditAction.ROLE_REVOKED, user.userName(), role);
  }

  /**
   * Gives a coordinator exactly these regions (only the directory's region codes): a region taken
   * away is gone at once, a new one is proposed.
   */
  public UserChange setRegions(String userName, Collection<String> regions) {
    String actor = administrator();
    UserDetails user = user(userName);
    List<String> known = places.regions().stream().map(RegionView::code).toList();
    Set<String> wanted = new LinkedHashSet<>();
    for (String code : regions == null ? List.<String>of() : regions) {
      if (!known.contains(code)) {
        throw new InvalidInputException("regions", "unknown region " + code);
      }
      wanted.add(code);
    }
    if (user.userName().equals(actor) && !wanted.equals(new LinkedHashSet<>(user.regions()))) {
      throw new InvalidInputException("ownRegions", "nobody changes their own regions");
    }
    List<String> removed = user.regions().stream().filter(code -> !wanted.contains(code)).toList();
    if (!removed.isEmpty()) {
      revokeRegions(actor, user, removed);
      takeEffect(user, true);
    }
    List<GrantProposalView> proposed = new ArrayList<>();
    // In the directory's order, so that proposals read the same as the region list.
    for (String code : known) {
      if (wanted.contains(code) && !user.regions().contains(code)) {
        propose(actor, user, GrantProposal.Kind.REGION, code).ifPresent(proposed::add);
      }
    }
    return new UserChange(keycloak.get(user.id()), proposed);
  }

  /** Revocation: the regions are gone at once, one audit line each. */
  private void revokeRegions(String actor, UserDetails user, List<String> removed) {
    List<String> kept = user.regions().stream().filter(code -> !removed.contains(code)).toList();
    keycloak.setRegions(user.id(), kept);
    for (String code : removed) {
      audit.record(actor, AuditAction.REGION_REVOKED, user.userName(), code);
    }
  }

  /** A new proposal; none when the same grant is proposed already and still open. */
  private Optional<GrantProposalView> propose(
      String actor, UserDetails user, GrantProposal.Kind kind, String value) {
    if (proposals.findOpen(user.id(), kind, value).isPresent()) {
      return Optional.empty();
    }
    GrantProposal proposal =
        proposals.add(new GrantProposal(user.id(), user.userName(), kind, value, actor, now()));
    audit.record(actor, AuditAction.GRANT_PROPOSED, user.userName(), proposal.describe());
    return Optional.of(GrantProposalView.of(proposal));
  }

  /** The open proposals, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<GrantProposalView> openProposals(PageRequest page) {
    administrator();
    return proposals.open(page).map(GrantProposalView::of);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long openProposalCount() {
    administrator();
    return proposals.countOpen();
  }

  /** A user's open proposals. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<GrantProposalView> openProposalsFor(UserDetails user) {
    administrator();
    return proposals.openFor(user.id()).stream().map(GrantProposalView::of).toList();
  }

  /**
   * A second administrator approves: the grant is carried out in Keycloak. Refused when the
   * proposal was decided meanwhile, is the approver's own, is for the approver, or the user changed
   * so that it no longer fits (gone, disabled, has it already).
   */
  @Transactional(rollbackOn = UserAdminException.class)
  public UserDetails approve(long id, long version) {
    String actor = administrator();
    GrantProposal proposal = decision(id, version);
    proposal.approve(actor, now());
    UserDetails user = keycloak.get(proposal.getUserId());
    if (user.userName().equals(actor)) {
      throw new InvalidInputException("ownRoles", "nobody changes their own roles");
    }
    if (!user.enabled()) {
      throw new InvalidInputException("userDisabled", "the user was disabled meanwhile");
    }
    boolean role = proposal.getKind() == GrantProposal.Kind.ROLE;
    if ((role ? user.roles() : user.regions()).contains(proposal.getValue())) {
      throw new InvalidInputException("alreadyGranted", "the user has it already");
    }
    audit.record(
        actor,
        AuditAction.GRANT_APPROVED,
        user.userName(),
        proposal.describe() + "; proposed by " + proposal.getProposedBy());
    // Written (and checked by the database) before Keycloak changes; a refusal by Keycloak then
    // rolls this back.
    proposals.flush();
    if (role) {
      keycloak.assignRole(user.id(), proposal.getValue());
    } else {
      List<String> regions = new ArrayList<>(user.regions());
      regions.add(proposal.getValue());
      keycloak.setRegions(user.id(), regions);
    }
    takeEffect(user, false);
    return keycloak.get(user.id());
  }

  /** Another administrator says no; nothing changes in Keycloak. */
  public void refuse(long id, long version, String reason) {
    String actor = administrator();
    GrantProposal proposal = decision(id, version);
    proposal.refuse(actor, now(), reason);
    audit.record(
        actor,
        AuditAction.GRANT_REFUSED,
        proposal.getUserName(),
        proposal.describe()
            + "; proposed by "
            + proposal.getProposedBy()
            + (proposal.getReason() == null ? "" : "; " + proposal.getReason()));
  }

  /** The proposer takes the proposal back; nothing changes in Keycloak. */
  public void withdraw(long id, long version) {
    String actor = administrator();
    GrantProposal proposal = decision(id, version);
    proposal.withdraw(actor, now());
    audit.record(actor, AuditAction.GRANT_WITHDRAWN, proposal.getUserName(), proposal.describe());
  }

  /** The proposal, locked, as the administrator saw it: decided or changed since is refused. */
  private GrantProposal decision(long id, long version) {
    GrantProposal proposal = proposals.getForDecision(id);
    if (proposal.getState() == GrantProposal.State.OPEN && proposal.getVersion() != version) {
      throw new ConflictException("proposal " + id);
    }
    return proposal;
  }

  /**
   * Makes a change of rights count from the user's very next request on every node: their sessions
   * of before now end (a grant too, so that the next login brings a token with it). Taking away
   * also ends all the user's sessions at Keycloak at once, API logins included.
   */
  private void takeEffect(UserDetails user, boolean revoked) {
    access.rightsChanged(
        user.userName(),
        keycloak.currentRights(user.userName()).orElse(AccessRegister.Rights.NONE));
    if (revoked) {
      keycloak.logout(user.id());
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  private static String email(String value) {
    String email = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    if (!EMAIL.matcher(email).matches() || email.length() > 254) {
      throw new InvalidInputException("email", "not an e-mail address");
    }
    return email;
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank() || value.strip().length() > MAX_NAME_LENGTH) {
      throw new InvalidInputException(
          field, "required, at most " + MAX_NAME_LENGTH + " characters");
    }
    return value.strip();
  }
}
