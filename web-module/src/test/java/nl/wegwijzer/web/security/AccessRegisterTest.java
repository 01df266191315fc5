package nl.wegwijzer.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import nl.wegwijzer.directory.testing.TestDatabase;
import nl.wegwijzer.web.security.AccessRegister.Rights;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register on the test PostgreSQL ({@code WEGWIJZER_TEST_DB_URL}, started by {@code
 * deploy/wegwijzer test}) with the web schema's migrations; each instance stands for a node of a
 * cluster, and a function stands for Keycloak's answer.
 */
class AccessRegisterTest {

  private static DataSource database;
  private static final Rights COORDINATOR =
      new Rights(true, Set.of(Role.COORDINATOR), Set.of("zeeland"));

  private final AtomicReference<Optional<Rights>> keycloak =
      new AtomicReference<>(Optional.of(COORDINATOR));
  private final AtomicInteger asked = new AtomicInteger();
  private volatile boolean keycloakDown;

  @BeforeAll
  static void migrate() {
    database = TestDatabase.migratedDataSource("web");
  }

  @BeforeEach
  void empty() throws SQLException {
    sql("delete from web.user_access; delete from web.ended_login");
  }

  private static void sql(String statements) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(statements);
    }
  }

  /** Ages the stored answers, as if they had been read that long ago. */
  private static void age(Duration by) throws SQLException {
    sql(
        "update web.user_access set checked_at = checked_at - interval '"
            + by.toSeconds()
            + " seconds'");
  }

  private AccessRegister node() {
    return new AccessRegister(
        database,
        userName -> {
          asked.incrementAndGet();
          if (keycloakDown) {
            throw new UserAdminException(UserAdminException.Reason.UNAVAILABLE, "down");
          }
          return keycloak.get();
        });
  }

  @Test
  void keycloaksAnswerIsSharedByTheNodesAndAskedAgainWhenItIsSomeSecondsOld() throws Exception {
    UserAccess first = node().current("coordinator-x", null);
    assertTrue(first.hasRole(Role.COORDINATOR));
    assertEquals(Set.of("zeeland"), first.regions());
    assertEquals(1, asked.get());
    node().current("coordinator-x", null);
    assertEquals(1, asked.get(), "another node reads the stored answer");

    keycloak.set(Optional.of(new Rights(true, Set.of(), Set.of())));
    age(AccessRegister.REFRESH_AFTER);
    UserAccess later = node().current("coordinator-x", null);
    assertEquals(2, asked.get());
    assertFalse(later.hasRole(Role.COORDINATOR), "a role taken away in Keycloak's console");
  }

  @Test
  void whileOneRequestAsksKeycloakTheNodesOtherRequestsGoOnWithTheStoredAnswer() throws Exception {
    AccessRegister node = node();
    node.current("coordinator-x", null);
    age(AccessRegister.REFRESH_AFTER);
    CountDownLatch asking = new CountDownLatch(1);
    CountDownLatch answer = new CountDownLatch(1);
    AccessRegister slowKeycloak =
        new AccessRegister(
            database,
            userName -> {
              asked.incrementAndGet();
              asking.countDown();
              try {
                answer.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return keycloak.get();
            });
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<UserAccess> first = pool.submit(() -> slowKeycloak.current("coordinator-x", null));
      assertTrue(asking.await(10, TimeUnit.SECONDS));
      int before = asked.get();
      for (int request = 0; request < 5; request++) {
        assertTrue(slowKeycloak.current("coordinator-x", null).hasRole(Role.COORDINATOR));
      }
      assertEquals(before, asked.get(), "no second question to Keycloak while one is open");
      answer.countDown();
      assertTrue(first.get(10, TimeUnit.SECONDS).hasRole(Role.COORDINATOR));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aUserKeycloakNoLongerKnowsOrHasDisabledIsAdmittedNowhere() {
    keycloak.set(Optional.empty());
    UserAccess deleted = node().current("gone", null);
    assertFalse(deleted.admitsSession(deleted.now()));
    assertFalse(deleted.admitsToken(deleted.now(), Set.of()));

    keycloak.set(Optional.of(new Rights(false, Set.of(Role.EDITOR), Set.of())));
    UserAccess disabled = node().current("disabled", null);
    assertFalse(disabled.admitsSession(disabled.now()));
    assertFalse(disabled.admitsToken(disabled.now(), Set.of(Role.EDITOR)));
  }

  @Test
  void aChangeThroughBeheerEndsEarlierLoginsAndTokensOnEveryNodeAtOnce() throws Exception {
    UserAccess before = node().current("coordinator-x", null);
    Instant loggedIn = before.now();
    Instant tokenIssued = loggedIn.minusSeconds(5);
    assertTrue(before.admitsSession(loggedIn));
    assertTrue(before.admitsToken(tokenIssued, Set.of(Role.COORDINATOR)));

    node().rightsChanged("coordinator-x", COORDINATOR);
    UserAccess after = node().current("coordinator-x", null);
    assertFalse(after.admitsSession(loggedIn), "a session of before the change");
    assertFalse(after.admitsToken(tokenIssued, Set.of(Role.COORDINATOR)), "a token of before");
    assertTrue(after.admitsSession(after.now()), "a new login");
    assertTrue(after.admitsToken(after.now(), Set.of(Role.COORDINATOR)), "a new token");

    age(AccessRegister.REFRESH_AFTER);
    UserAccess refreshed = node().current("coordinator-x", null);
    assertEquals(after.revokedAt(), refreshed.revokedAt(), "a refresh keeps the moment");
  }

  @Test
  void aTokenCarryingARoleTheUserNoLongerHasIsOutdated() {
    keycloak.set(Optional.of(new Rights(true, Set.of(Role.EDITOR), Set.of())));
    UserAccess access = node().current("editor-x", null);
    assertFalse(access.admitsToken(access.now(), Set.of(Role.EDITOR, Role.ADMIN)));
    assertTrue(access.admitsToken(access.now(), Set.of(Role.EDITOR, "default-roles-wegwijzer")));
  }

  @Test
  void withKeycloakAwayAFreshAnswerStillCountsAndAnOldOneDoesNot() throws Exception {
    node().current("coordinator-x", null);
    keycloakDown = true;
    age(AccessRegister.REFRESH_AFTER);
    assertTrue(node().current("coordinator-x", null).hasRole(Role.COORDINATOR));

    age(AccessRegister.LONGEST_TRUSTED);
    assertThrows(AccessUnknownException.class, () -> node().current("coordinator-x", null));
    assertThrows(AccessUnknownException.class, () -> node().current("never-seen", null));
  }

  @Test
  void aLoggedOutLoginEndsOnEveryNodeAndNoOther() {
    node().endLogin("login-1");
    node().endLogin("login-1");
    UserAccess ended = node().current("coordinator-x", "login-1");
    assertTrue(ended.loginEnded());
    assertFalse(ended.admitsSession(ended.now()));
    UserAccess other = node().current("coordinator-x", "login-2");
    assertTrue(other.admitsSession(other.now()));
  }
}
