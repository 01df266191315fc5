package nl.wegwijzer.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.wegwijzer.directory.repository.AuditRepository;
import nl.wegwijzer.directory.service.AuditEntryView;
import nl.wegwijzer.directory.service.AuditQuery;
import nl.wegwijzer.directory.service.AuditTrail;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.testing.TestDatabase;
import nl.wegwijzer.web.security.KeycloakUsers.UserDetails;
import nl.wegwijzer.web.security.KeycloakUsers.UserStatus;
import nl.wegwijzer.web.security.UserAdministration.UserChange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The user management's rules with the real audit trail and proposals in PostgreSQL and Keycloak
 * kept in memory: four eyes for privileged grants, no change to oneself, the last administrator.
 */
class UserAdministrationTest {

  private final MemoryKeycloak keycloak = new MemoryKeycloak();

  @BeforeAll
  static void openDatabase() {
    TestDatabase.open("web-test", "directory", "web");
  }

  @BeforeEach
  void emptyTables() {
    TestDatabase.execute("delete from web.grant_proposal", "delete from directory.admin_audit");
    keycloak.add("admin", true, Role.ADMIN);
    keycloak.add("admin-b", true, Role.ADMIN);
    keycloak.add("nieuwe", true);
  }

  /** One service call in its own committed transaction, as the named administrator. */
  private <T> T as(String administrator, Function<UserAdministration, T> call) {
    return TestDatabase.inTransaction(em -> call.apply(service(em, administrator)));
  }

  private void doing(String administrator, java.util.function.Consumer<UserAdministration> call) {
    TestDatabase.runInTransaction(em -> call.accept(service(em, administrator)));
  }

  private UserAdministration service(EntityManager em, String administrator) {
    return new UserAdministration(
        keycloak,
        new AuditTrail(new AuditRepository(em)),
        new Regions(),
        new LoggedIn(administrator),
        new GrantProposals(em),
        new AccessRegister(TestDatabase.migratedDataSource("web"), keycloak::currentRights));
  }

  /** The audit lines for the user, oldest first. */
  private List<String> trail(String subject) {
    List<String> lines = new ArrayList<>();
    for (AuditEntryView line :
        TestDatabase.inTransaction(
                em ->
                    new AuditTrail(new AuditRepository(em))
                        .search(
                            new AuditQuery(null, subject, null, null, null),
                            new PageRequest(1, 50)))
            .items()) {
      lines.add(0, line.actor() + " " + line.action() + " " + line.details());
    }
    return lines;
  }

  private GrantProposalView onlyOpenProposal() {
    List<GrantProposalView> open =
        as("admin-b", s -> s.openProposals(new PageRequest(1, 20))).items();
    assertEquals(1, open.size(), open.toString());
    return open.get(0);
  }

  @Test
  void aPrivilegedRoleAndARegionAreOnlyProposedUntilASecondAdministratorApproves() {
    UserChange roles = as("admin", s -> s.setRoles("nieuwe", List.of(Role.COORDINATOR)));
    assertEquals(List.of(), roles.user().roles(), "nothing in Keycloak yet");
    assertEquals(1, roles.proposed().size());
    UserChange regions = as("admin", s -> s.setRegions("nieuwe", List.of("zeeland")));
    assertEquals(List.of(), regions.user().regions());
    assertEquals(2L, as("admin", UserAdministration::openProposalCount));

    List<GrantProposalView> open =
        as("admin", s -> s.openProposals(new PageRequest(1, 20))).items();
    InvalidInputException own =
        assertThrows(
            InvalidInputException.class,
            () -> as("admin", s -> s.approve(open.get(0).id(), open.get(0).version())));
    assertEquals("ownProposal", own.field());
    assertEquals(List.of(), keycloak.user("nieuwe").roles());

    for (GrantProposalView proposal : open) {
      as("admin-b", s -> s.approve(proposal.id(), proposal.version()));
    }
    assertEquals(List.of(Role.COORDINATOR), keycloak.user("nieuwe").roles());
    assertEquals(List.of("zeeland"), keycloak.user("nieuwe").regions());
    assertEquals(0L, as("admin", UserAdministration::openProposalCount));
    assertEquals(
        List.of(
            "admin grant-proposed role coordinator",
            "admin grant-proposed region zeeland",
            "admin-b grant-approved role coordinator; proposed by admin",
            "admin-b grant-approved region zeeland; proposed by admin"),
        trail("nieuwe"));

    InvalidInputException again =
        assertThrows(
            InvalidInputException.class,
            () -> as("admin-b", s -> s.approve(open.get(0).id(), open.get(0).version())));
    assertEquals("proposalDecided", again.field());
  }

  @Test
  void editorIsGivenAtOnceAndTakingAwayNeedsNoApproval() {
    keycloak.user("nieuwe").regions().add("utrecht");
    keycloak.user("nieuwe").roles().add(Role.COORDINATOR);
    UserChange change = as("admin", s -> s.setRoles("nieuwe", List.of(Role.EDITOR)));
    assertEquals(List.of(Role.EDITOR), change.user().roles());
    assertEquals(List.of(), change.proposed());
    as("admin", s -> s.setRegions("nieuwe", List.of()));
    assertEquals(List.of(), keycloak.user("nieuwe").regions());
    as("admin", s -> s.setEnabled("nieuwe", false));
    assertFalse(keycloak.user("nieuwe").enabled());
    assertEquals(
        List.of(
            "admin role-revoked coordinator",
            "admin role-assigned editor",
            "admin region-revoked utrecht",
            "admin user-disabled null"),
        trail("nieuwe"));
  }

  @Test
  void aProposalCanBeRefusedWithAReasonOrWithdrawnByItsProposerOnly() {
    as("admin", s -> s.setRoles("nieuwe", List.of(Role.ADMIN)));
    GrantProposalView proposal = onlyOpenProposal();
    assertEquals(
        "notProposer",
        assertThrows(
                InvalidInputException.class,
                () -> doing("admin-b", s -> s.withdraw(proposal.id(), proposal.version())))
            .field());
    doing(
        "admin-b", s -> s.refuse(proposal.id(), proposal.version(), "Geen tweede beheerder nodig"));
    assertEquals(List.of(), keycloak.user("nieuwe").roles());

    as("admin", s -> s.setRegions("nieuwe", List.of("utrecht")));
    GrantProposalView region = onlyOpenProposal();
    doing("admin", s -> s.withdraw(region.id(), region.version()));
    assertEquals(List.of(), keycloak.user("nieuwe").regions());
    assertEquals(
        List.of(
            "admin grant-proposed role admin",
            "admin-b grant-refused role admin; proposed by admin; Geen tweede beheerder nodig",
            "admin grant-proposed region utrecht",
            "admin grant-withdrawn region utrecht"),
        trail("nieuwe"));
  }

  @Test
  void nobodyChangesTheirOwnRolesOrRegionsNorApprovesAGrantForThemselves() {
    assertEquals(
        "ownRoles",
        assertThrows(
                InvalidInputException.class,
                () -> as("admin", s -> s.setRoles("admin", List.of(Role.ADMIN, Role.EDITOR))))
            .field());
    assertEquals(
        "ownRegions",
        assertThrows(
                InvalidInputException.class,
                () -> as("admin", s -> s.setRegions("admin", List.of("zeeland"))))
            .field());
    assertEquals(
        "ownRoles",
        assertThrows(
                InvalidInputException.class, () -> as("admin", s -> s.setRoles("admin", List.of())))
            .field());

    as("admin", s -> s.setRoles("admin-b", List.of(Role.ADMIN, Role.COORDINATOR)));
    GrantProposalView proposal = onlyOpenProposal();
    assertEquals(
        "ownRoles",
        assertThrows(
                InvalidInputException.class,
                () -> as("admin-b", s -> s.approve(proposal.id(), proposal.version())))
            .field());
    assertEquals(List.of(Role.ADMIN), keycloak.user("admin-b").roles());
  }

  @Test
  void theLastEnabledAdministratorCannotBeDisabledOrLoseTheRole() {
    keycloak.add("admin-c", true, Role.ADMIN);
    // admin-c still has a session from before admin-c was disabled in Keycloak
    keycloak.user("admin-c").enabled = false;
    keycloak.user("admin").enabled = false;
    assertEquals(
        "lastAdmin",
        assertThrows(
                InvalidInputException.class,
                () -> as("admin-c", s -> s.setEnabled("admin-b", false)))
            .field());
    assertEquals(
        "lastAdmin",
        assertThrows(
                InvalidInputException.class,
                () -> as("admin-c", s -> s.setRoles("admin-b", List.of())))
            .field());
    assertTrue(keycloak.user("admin-b").enabled());
    assertEquals(List.of(Role.ADMIN), keycloak.user("admin-b").roles());

    keycloak.user("admin").enabled = true;
    as("admin-c", s -> s.setRoles("admin-b", List.of()));
    assertEquals(List.of(), keycloak.user("admin-b").roles());
  }

  @Test
  void approvingIsRefusedWhenTheUserWasDisabledMeanwhileAndNothingIsHalfDone() {
    as("admin", s -> s.setRoles("nieuwe", List.of(Role.COORDINATOR)));
    GrantProposalView proposal = onlyOpenProposal();
    keycloak.user("nieuwe").enabled = false;
    assertEquals(
        "userDisabled",
        assertThrows(
                InvalidInputException.class,
                () -> as("admin-b", s -> s.approve(proposal.id(), proposal.version())))
            .field());
    keycloak.user("nieuwe").enabled = true;

    keycloak.unreachable = true;
    UserAdminException down =
        assertThrows(
            UserAdminException.class,
            () -> as("admin-b", s -> s.approve(proposal.id(), proposal.version())));
    assertEquals(UserAdminException.Reason.UNAVAILABLE, down.reason());
    keycloak.unreachable = false;
    assertEquals(List.of(), keycloak.user("nieuwe").roles());
    assertEquals(List.of("admin grant-proposed role coordinator"), trail("nieuwe"));

    as("admin-b", s -> s.approve(proposal.id(), proposal.version()));
    assertEquals(List.of(Role.COORDINATOR), keycloak.user("nieuwe").roles());
  }

  @Test
  void nameAndEmailAreCheckedThenChangedInKeycloakAndTheLogTogether() {
    assertEquals(
        "email",
        assertThrows(
                InvalidInputException.class,
                () -> as("admin", s -> s.updateDetails("nieuwe", "Nina", "Nieuw", "geen-adres")))
            .field());
    assertEquals(
        "firstName",
        assertThrows(
                InvalidInputException.class,
                () -> as("admin", s -> s.updateDetails("nieuwe", " ", "Nieuw", "n@example.org")))
            .field());

    keycloak.unreachable = true;
    UserAdminException down =
        assertThrows(
            UserAdminException.class,
            () -> as("admin", s -> s.updateDetails("nieuwe", "Nina", "Nieuw", "n@example.org")));
    assertEquals(UserAdminException.Reason.UNAVAILABLE, down.reason());
    keycloak.unreachable = false;
    assertEquals(List.of(), trail("nieuwe"), "not in the log when Keycloak did not do it");
    assertEquals("Voor", keycloak.user("nieuwe").firstName);

    as("admin", s -> s.updateDetails("nieuwe", " Nina ", "Nieuw", "Nina.Nieuw@Example.org"));
    assertEquals("Nina", keycloak.user("nieuwe").firstName);
    assertEquals("nina.nieuw@example.org", keycloak.user("nieuwe").email);
    as("admin", s -> s.updateDetails("nieuwe", "Nina", "Nieuw", "nina.nieuw@example.org"));
    assertEquals(
        List.of(
            "admin user-updated Voor Achter → Nina Nieuw;"
                + " nieuwe@wegwijzer.example → nina.nieuw@example.org"),
        trail("nieuwe"),
        "one line, and none for a save without changes");
  }

  @Test
  void aLockedUserIsUnlockedAndATemporaryPasswordIsShownOnceAndNeverLogged() {
    as("admin", s -> s.unlock("nieuwe"));
    assertEquals(List.of(), trail("nieuwe"), "nothing to unlock");
    keycloak.user("nieuwe").locked = true;
    keycloak.unreachable = true;
    assertThrows(UserAdminException.class, () -> as("admin", s -> s.unlock("nieuwe")));
    assertThrows(UserAdminException.class, () -> as("admin", s -> s.resetPassword("nieuwe")));
    keycloak.unreachable = false;
    assertEquals(List.of(), trail("nieuwe"));

    assertFalse(as("admin", s -> s.unlock("nieuwe")).locked());
    String password = as("admin", s -> s.resetPassword("nieuwe"));
    assertTrue(password.matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}"), password);
    assertEquals(password, keycloak.user("nieuwe").temporaryPassword);
    assertEquals(List.of("admin user-unlocked null", "admin password-reset null"), trail("nieuwe"));
    assertFalse(password.equals(as("admin", s -> s.resetPassword("nieuwe"))));
  }

  @Test
  void ofTwoAdministratorsDecidingAtOnceOnlyOneWins() throws Exception {
    keycloak.add("admin-c", true, Role.ADMIN);
    as("admin", s -> s.setRoles("nieuwe", List.of(Role.COORDINATOR)));
    GrantProposalView proposal = onlyOpenProposal();
    // the refusal waits for the approval's lock on the proposal, then finds it decided
    assertEquals(
        "proposalDecided",
        secondWaitsAndLoses(
            () -> as("admin-b", s -> s.approve(proposal.id(), proposal.version())),
            () -> {
              doing("admin-c", s -> s.refuse(proposal.id(), proposal.version(), null));
              return null;
            }));
    assertEquals(List.of(Role.COORDINATOR), keycloak.user("nieuwe").roles());
  }

  @Test
  void twoAdministratorsDisablingEachOtherAtOnceLeaveOneEnabled() throws Exception {
    // the second waits for the first to be done before it counts the administrators
    assertEquals(
        "lastAdmin",
        secondWaitsAndLoses(
            () -> as("admin-b", s -> s.setEnabled("admin", false)),
            () -> as("admin", s -> s.setEnabled("admin-b", false))));
    assertTrue(keycloak.user("admin-b").enabled());
  }

  /**
   * Runs the first call until it is inside Keycloak, then the second, which must wait for the first
   * to be done and then be refused; answers the field of that refusal.
   */
  private String secondWaitsAndLoses(Supplier<?> first, Supplier<?> second) throws Exception {
    CountDownLatch inKeycloak = new CountDownLatch(1);
    CountDownLatch goOn = new CountDownLatch(1);
    keycloak.beforeChange =
        () -> {
          inKeycloak.countDown();
          await(goOn);
        };
    CompletableFuture<?> winning = CompletableFuture.supplyAsync(first);
    await(inKeycloak);
    keycloak.beforeChange = () -> {};
    CompletableFuture<?> losing = CompletableFuture.supplyAsync(second);
    Thread.sleep(300);
    assertFalse(losing.isDone(), "the second waits for the first");
    goOn.countDown();
    winning.get(10, TimeUnit.SECONDS);
    Exception lost = assertThrows(Exception.class, () -> losing.get(10, TimeUnit.SECONDS));
    if (lost.getCause() instanceof InvalidInputException invalid) {
      return invalid.field();
    }
    throw new AssertionError("not refused as invalid", lost);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(10, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Keycloak's users in memory, as far as the user management uses them. */
  static final class MemoryKeycloak extends KeycloakUsers {

    static final class User {
      final String id;
      final String userName;
      boolean enabled;
      String firstName = "Voor";
      String lastName = "Achter";
      String email;
      boolean locked;
      String temporaryPassword;
      final List<String> roles = new ArrayList<>();
      final List<String> regions = new ArrayList<>();

      User(String id, String userName, boolean enabled) {
        this.id = id;
        this.userName = userName;
        this.enabled = enabled;
        this.email = userName + "@wegwijzer.example";
      }

      boolean enabled() {
        return enabled;
      }

      List<String> roles() {
        return roles;
      }

      List<String> regions() {
        return regions;
      }
    }

    private final Map<String, User> users = new LinkedHashMap<>();
    volatile boolean unreachable;
    volatile Runnable beforeChange = () -> {};

    void add(String userName, boolean enabled, String... roles) {
      User user = new User("id-" + userName, userName, enabled);
      user.roles.addAll(List.of(roles));
      users.put(user.id, user);
    }

    User user(String userName) {
      return users.get("id-" + userName);
    }

    private User byId(String id) {
      if (unreachable) {
        throw new UserAdminException(UserAdminException.Reason.UNAVAILABLE, "down");
      }
      User user = users.get(id);
      if (user == null) {
        throw new UserAdminException(UserAdminException.Reason.NOT_FOUND, id);
      }
      return user;
    }

    @Override
    public Optional<UserDetails> findByUserName(String userName) {
      return Optional.ofNullable(user(userName)).map(u -> get(u.id));
    }

    @Override
    public Optional<AccessRegister.Rights> currentRights(String userName) {
      return Optional.ofNullable(user(userName))
          .map(
              u ->
                  new AccessRegister.Rights(
                      u.enabled, java.util.Set.copyOf(u.roles), java.util.Set.copyOf(u.regions)));
    }

    @Override
    public void logout(String id) {
      byId(id);
    }

    @Override
    public UserDetails get(String id) {
      User u = users.get(id);
      return new UserDetails(
          u.id,
          u.userName,
          u.firstName,
          u.lastName,
          u.email,
          u.enabled,
          UserAdministration.ROLES.stream().filter(u.roles::contains).toList(),
          List.copyOf(u.regions),
          List.of());
    }

    @Override
    public void setEnabled(String id, boolean enabled) {
      beforeChange.run();
      byId(id).enabled = enabled;
    }

    @Override
    public void setRegions(String id, java.util.Collection<String> regions) {
      User user = byId(id);
      user.regions.clear();
      user.regions.addAll(regions);
    }

    @Override
    public void assignRole(String id, String role) {
      beforeChange.run();
      User user = byId(id);
      if (!user.roles.contains(role)) {
        user.roles.add(role);
      }
    }

    @Override
    public void revokeRole(String id, String role) {
      byId(id).roles.remove(role);
    }

    @Override
    public UserStatus status(String id) {
      return new UserStatus(byId(id).locked, null);
    }

    @Override
    public void unlock(String id) {
      byId(id).locked = false;
    }

    @Override
    public void updateDetails(String id, String firstName, String lastName, String email) {
      User user = byId(id);
      user.firstName = firstName;
      user.lastName = lastName;
      user.email = email;
    }

    @Override
    public void resetPassword(String id, String temporaryPassword) {
      byId(id).temporaryPassword = temporaryPassword;
    }

    @Override
    public List<String> enabledUsersWithRole(String role) {
      return users.values().stream()
          .filter(u -> u.enabled && u.roles.contains(role))
          .map(u -> u.userName)
          .toList();
    }
  }

  private static final class LoggedIn extends CurrentUser {
    private final String name;

    LoggedIn(String name) {
      this.name = name;
    }

    @Override
    public boolean isLoggedIn() {
      return true;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean hasRole(String role) {
      return Role.ADMIN.equals(role);
    }
  }

  private static final class Regions extends PlaceService {
    @Override
    public List<RegionView> regions() {
      return List.of(new RegionView("utrecht", "Utrecht"), new RegionView("zeeland", "Zeeland"));
    }
  }
}
