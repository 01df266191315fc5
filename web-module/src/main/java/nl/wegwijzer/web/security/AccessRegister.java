package nl.wegwijzer.web.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.wegwijzer.web.platform.Database;

/**
 * What a logged-in user may do now, as every node of a cluster sees it: the answer to "is this
 * session or this token still good?", asked at every logged-in request ({@link AccessCheckFilter}).
 *
 * <p>Keycloak owns the facts (enabled, roles, regions). Its answer is kept in PostgreSQL, the one
 * store all nodes share, and asked again when it is older than {@link #REFRESH_AFTER}: a change
 * made directly in Keycloak's console counts within that time. A change made through /beheer is
 * written here at once ({@link #rightsChanged}) with the moment from which earlier logins and
 * tokens no longer count, so every node refuses the user's very next request. A logout is written
 * here too ({@link #endLogin}), so the sessions that other nodes hold of the same login end as
 * well.
 *
 * <p>When Keycloak cannot be asked, an answer younger than {@link #LONGEST_TRUSTED} still counts;
 * an older one does not, and the request is refused ({@link AccessUnknownException}): for case data
 * a closed door is safer than a stale yes. The time is the database's, the one clock all nodes
 * share.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class AccessRegister {

  static final Duration REFRESH_AFTER = Duration.ofSeconds(10);
  static final Duration LONGEST_TRUSTED = Duration.ofSeconds(60);

  /** An ended login is kept as long as the longest session could still carry it. */
  static final Duration ENDED_LOGINS_KEPT = Duration.ofHours(11);

  private static final Logger LOG = Logger.getLogger(AccessRegister.class.getName());

  private static final String READ =
      "select a.enabled, a.roles, a.regions, a.revoked_at, a.checked_at, clock_timestamp(),"
          + " exists (select 1 from web.ended_login e where e.login_id = ?)"
          + " from (select ?::text as user_name) wanted"
          + " left join web.user_access a using (user_name)";
  private static final String WRITE =
      "insert into web.user_access (user_name, enabled, roles, regions, revoked_at, checked_at)"
          + " values (?, ?, ?, ?, case when ? then clock_timestamp() end, clock_timestamp())"
          + " on conflict (user_name) do update set enabled = excluded.enabled,"
          + " roles = excluded.roles, regions = excluded.regions,"
          + " revoked_at = coalesce(excluded.revoked_at, web.user_access.revoked_at),"
          + " checked_at = excluded.checked_at"
          + " returning revoked_at, checked_at";
  private static final String END_LOGIN =
      "insert into web.ended_login (login_id, ended_at) values (?, clock_timestamp())"
          + " on conflict (login_id) do nothing";
  private static final String SWEEP_ENDED_LOGINS =
      "delete from web.ended_login where ended_at < clock_timestamp() - ?::interval";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject KeycloakUsers keycloak;

  private Function<String, Optional<Rights>> source;

  /** The users whose rights a request of this node is asking Keycloak for right now. */
  private final Set<String> refreshing = ConcurrentHashMap.newKeySet();

  /** For CDI. */
  protected AccessRegister() {}

  /** Outside the container: a database and what stands in for Keycloak's answer. */
  AccessRegister(DataSource dataSource, Function<String, Optional<Rights>> source) {
    this.dataSource = dataSource;
    this.source = source;
  }

  /** What Keycloak says of a user now. */
  public record Rights(boolean enabled, Set<String> roles, Set<String> regions) {
    public Rights {
      roles = Set.copyOf(roles);
      regions = Set.copyOf(regions);
    }

    /** A user Keycloak does not know (deleted): no rights at all. */
    static final Rights NONE = new Rights(false, Set.of(), Set.of());
  }

  private Optional<Rights> askKeycloak(String userName) {
    return source != null ? source.apply(userName) : keycloak.currentRights(userName);
  }

  /**
   * The user's access now, and whether their login {@code loginId} (may be null) was logged out.
   *
   * <p>One request per node asks Keycloak when the answer has aged; the node's other requests of
   * the same user go on with the stored answer meanwhile (it is still younger than {@link
   * #LONGEST_TRUSTED}). Without that, every request in flight asked Keycloak at once each time the
   * answer aged, and registration's p99 went from 46 ms to 1.3 s in the benchmark. No database
   * connection is held while Keycloak answers.
   *
   * @throws AccessUnknownException when Keycloak cannot say and the last answer is too old
   */
  public UserAccess current(String userName, String loginId) {
    Stored stored = inConnection(connection -> read(connection, userName, loginId));
    if (stored.rights() != null && stored.age().compareTo(REFRESH_AFTER) < 0) {
      return stored.access(userName);
    }
    boolean trusted = stored.rights() != null && stored.age().compareTo(LONGEST_TRUSTED) < 0;
    if (trusted && !refreshing.add(userName)) {
      return stored.access(userName);
    }
    try {
      Optional<Rights> now;
      try {
        now = askKeycloak(userName);
      } catch (UserAdminException unreachable) {
        if (trusted) {
          return stored.access(userName);
        }
        LOG.warning(() -> "No current rights for " + userName + ": " + unreachable);
        throw new AccessUnknownException(userName, unreachable);
      }
      Rights rights = now.orElse(Rights.NONE);
      Written written = inConnection(connection -> write(connection, userName, rights, false));
      return new UserAccess(
          userName, rights, written.revokedAt(), stored.now(), stored.loginEnded());
    } finally {
      if (trusted) {
        refreshing.remove(userName);
      }
    }
  }

  /**
   * Records a change made through /beheer at once. When {@code revoking}, logins and tokens from
   * before this moment stop counting on every node from their next request on; a grant needs that
   * too (the session's roles come from its token, so the user logs in again to get the new one).
   */
  public void rightsChanged(String userName, Rights now) {
    inConnection(connection -> write(connection, userName, now, true));
  }

  /** A logout: every node's session of this Keycloak login ends at its next request. */
  public void endLogin(String loginId) {
    if (loginId == null || loginId.isBlank()) {
      return;
    }
    inConnection(
        connection -> {
          try (PreparedStatement end = connection.prepareStatement(END_LOGIN);
              PreparedStatement sweep = connection.prepareStatement(SWEEP_ENDED_LOGINS)) {
            end.setString(1, loginId);
            end.executeUpdate();
            sweep.setString(1, ENDED_LOGINS_KEPT.toSeconds() + " seconds");
            return sweep.executeUpdate();
          }
        });
  }

  private record Stored(
      Rights rights, Instant revokedAt, Instant checkedAt, Instant now, boolean loginEnded) {
    Duration age() {
      return Duration.between(checkedAt, now);
    }

    UserAccess access(String userName) {
      return new UserAccess(userName, rights, revokedAt, now, loginEnded);
    }
  }

  private record Written(Instant revokedAt, Instant checkedAt) {}

  private static Stored read(Connection connection, String userName, String loginId)
      throws SQLException {
    try (PreparedStatement read = connection.prepareStatement(READ)) {
      read.setString(1, loginId == null ? "" : loginId);
      read.setString(2, userName);
      try (ResultSet row = read.executeQuery()) {
        row.next();
        Instant now = instant(row, 6);
        boolean loginEnded = row.getBoolean(7);
        Instant checkedAt = instant(row, 5);
        if (checkedAt == null) {
          return new Stored(null, null, null, now, loginEnded);
        }
        Rights rights =
            new Rights(row.getBoolean(1), strings(row.getArray(2)), strings(row.getArray(3)));
        return new Stored(rights, instant(row, 4), checkedAt, now, loginEnded);
      }
    }
  }

  private static Written write(
      Connection connection, String userName, Rights rights, boolean revoke) throws SQLException {
    try (PreparedStatement write = connection.prepareStatement(WRITE)) {
      write.setString(1, userName);
      write.setBoolean(2, rights.enabled());
      write.setArray(3, connection.createArrayOf("text", rights.roles().toArray()));
      write.setArray(4, connection.createArrayOf("text", rights.regions().toArray()));
      write.setBoolean(5, revoke);
      try (ResultSet row = write.executeQuery()) {
        row.next();
        return new Written(instant(row, 1), instant(row, 2));
      }
    }
  }

  private static Set<String> strings(Array array) throws SQLException {
    return array == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) array.getArray()));
  }

  private static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private interface Work<T> {
    T on(Connection connection) throws SQLException;
  }

  /**
   * Runs work on a connection of its own in auto-commit. A failure is thrown with the SQLException
   * as its cause, which tells the outage answer (RecoverableFailureFilter) from a bug.
   */
  private <T> T inConnection(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.on(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Access register: the database failed", e);
    }
  }
}
