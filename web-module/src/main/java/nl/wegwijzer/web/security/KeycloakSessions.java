package nl.wegwijzer.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import nl.wegwijzer.web.security.KeycloakJson.BruteForceStatus;
import nl.wegwijzer.web.security.KeycloakJson.EventRepresentation;

/**
 * A user's logins in Keycloak: ending sessions, the brute-force lock and the stored login events.
 */
@ApplicationScoped
public class KeycloakSessions {

  @Inject KeycloakAdminApi api;

  /** Ends one login at Keycloak (its SSO session, the 'sid' of its tokens). */
  public void endSession(String loginId) {
    api.delete(api.target("sessions").path(loginId));
  }

  /** Ends every Keycloak session of the user: no token of theirs can be refreshed any more. */
  public void logout(String id) {
    api.post(api.target("users").path(id).path("logout"), null);
  }

  /** Locked by the brute-force detection (too many wrong passwords). */
  public boolean locked(String id) {
    return api.get(bruteForce(id), BruteForceStatus.class).locked();
  }

  /** Ends a lock by the brute-force detection: the failed logins are forgotten. */
  public void unlock(String id) {
    api.delete(bruteForce(id));
  }

  /**
   * The last login among the stored login events (needs {@code view-events}); null when there is
   * none: never, or longer ago than the realm keeps events.
   */
  public Instant lastLogin(String id) {
    List<EventRepresentation> logins =
        api.getList(
            api.target("events")
                .queryParam("type", "LOGIN")
                .queryParam("user", id)
                .queryParam("direction", "desc")
                .queryParam("first", 0)
                .queryParam("max", 1),
            EventRepresentation[].class);
    return logins.isEmpty() || logins.get(0).time() == null
        ? null
        : Instant.ofEpochMilli(logins.get(0).time());
  }

  private jakarta.ws.rs.client.WebTarget bruteForce(String id) {
    return api.target("attack-detection/brute-force/users").path(id);
  }
}
