package nl.wegwijzer.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a staff session lasts, chosen on purpose and the same on every node (MicroProfile
 * Config, so one setting for the whole cluster): ended after {@code idle} without a request, and
 * after {@code absolute} whatever happens. Administrators, who can change who reads case data, get
 * shorter ones. Keycloak's single sign-on has the staff values
 * (deploy/keycloak/wegwijzer-realm.json: ssoSessionIdleTimeout, ssoSessionMaxLifespan), so a new
 * login is needed at the same moments.
 */
@ApplicationScoped
public class SessionLifetimes {

  /** One kind of session's lifetimes. */
  public record SessionLifetime(Duration idle, Duration absolute) {

    /**
     * Whether a session that logged in at {@code loggedInAt} has outlived its absolute lifetime.
     */
    public boolean isOver(Instant loggedInAt, Instant now) {
      return Duration.between(loggedInAt, now).compareTo(absolute) > 0;
    }

    /** The container ends the session after this long without a request. */
    public void startIdleTimer(HttpSession session) {
      session.setMaxInactiveInterval((int) idle.toSeconds());
    }
  }

  private final SessionLifetime staff;
  private final SessionLifetime administrators;

  /** For CDI. */
  protected SessionLifetimes() {
    this(Duration.ofMinutes(30), Duration.ofHours(10), Duration.ofMinutes(15), Duration.ofHours(4));
  }

  /** The lifetimes as ISO-8601 durations ({@code PT30M}, {@code PT10H}). */
  @Inject
  public SessionLifetimes(
      @ConfigProperty(name = "wegwijzer.session.idle", defaultValue = "PT30M") Duration idle,
      @ConfigProperty(name = "wegwijzer.session.absolute", defaultValue = "PT10H")
          Duration absolute,
      @ConfigProperty(name = "wegwijzer.session.admin.idle", defaultValue = "PT15M")
          Duration adminIdle,
      @ConfigProperty(name = "wegwijzer.session.admin.absolute", defaultValue = "PT4H")
          Duration adminAbsolute) {
    this.staff = new SessionLifetime(idle, absolute);
    this.administrators = new SessionLifetime(adminIdle, adminAbsolute);
  }

  /** The lifetimes of a session of this user: an administrator's are the shorter ones. */
  public SessionLifetime of(UserAccess access) {
    return access.hasRole(Role.ADMIN) ? administrators : staff;
  }
}
