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
    this(30, 10 * 60, 15, 4 * 60);
  }

  @Inject
  public SessionLifetimes(
      @ConfigProperty(name = "wegwijzer.session.idle-minutes", defaultValue = "30") int idle,
      @ConfigProperty(name = "wegwijzer.session.absolute-minutes", defaultValue = "600")
          int absolute,
      @ConfigProperty(name = "wegwijzer.session.admin.idle-minutes", defaultValue = "15")
          int adminIdle,
      @ConfigProperty(name = "wegwijzer.session.admin.absolute-minutes", defaultValue = "240")
          int adminAbsolute) {
    this.staff = new SessionLifetime(Duration.ofMinutes(idle), Duration.ofMinutes(absolute));
    this.administrators =
        new SessionLifetime(Duration.ofMinutes(adminIdle), Duration.ofMinutes(adminAbsolute));
  }

  /** The lifetimes of a session of this user: an administrator's are the shorter ones. */
  public SessionLifetime of(UserAccess access) {
    return access.hasRole(Role.ADMIN) ? administrators : staff;
  }
}
