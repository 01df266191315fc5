package nl.wegwijzer.web.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Set;
import nl.wegwijzer.web.security.AccessRegister.Rights;

/**
 * A logged-in user's access as it stands now ({@link AccessRegister}), with the rules that decide
 * whether a session or a bearer token still counts.
 *
 * @param revokedAt logins and tokens from before this moment no longer count; null if never
 * @param now the database's time when this was read
 * @param loginEnded whether the login the request belongs to was logged out (on any node)
 */
public record UserAccess(
    String userName, Rights rights, Instant revokedAt, Instant now, boolean loginEnded) {

  /** The request attribute under which {@link AccessCheckFilter} leaves this for the request. */
  public static final String REQUEST_ATTRIBUTE = UserAccess.class.getName();

  public boolean hasRole(String role) {
    return rights.roles().contains(role);
  }

  public Set<String> regions() {
    return rights.regions();
  }

  /** Whether a screen session that logged in at {@code loggedInAt} may go on. */
  public boolean admitsSession(Instant loggedInAt) {
    return rights.enabled()
        && !loginEnded
        && (revokedAt == null || !loggedInAt.isBefore(revokedAt));
  }

  /**
   * Whether a bearer token may go on: the user is enabled, it was issued after the last revocation,
   * and every application role it carries is still the user's (one that carries a role taken away
   * is outdated: the client gets a new token, which then lacks it). A token's issue time has whole
   * seconds, so a token of the second of a revocation counts; it cannot carry a revoked role.
   */
  public boolean admitsToken(Instant issuedAt, Collection<String> tokenGroups) {
    if (!rights.enabled()) {
      return false;
    }
    if (revokedAt != null && issuedAt.isBefore(revokedAt.truncatedTo(ChronoUnit.SECONDS))) {
      return false;
    }
    return tokenGroups.stream().filter(Role.ALL::contains).allMatch(rights.roles()::contains);
  }
}
