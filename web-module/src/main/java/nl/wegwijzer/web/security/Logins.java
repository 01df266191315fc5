package nl.wegwijzer.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Ends a Keycloak login (its single sign-on session, the {@code sid} of its tokens) where the app
 * alone cannot: a session the app ends would otherwise be handed back at once by the single
 * sign-on, without a password, and a lifetime or a logout would mean nothing.
 */
@ApplicationScoped
public class Logins {

  private static final Logger LOG = Logger.getLogger(Logins.class.getName());

  @Inject AccessRegister access;
  @Inject KeycloakUsers keycloak;

  /** A logout: the sessions other nodes hold of this login end too, and so does the sign-on. */
  public void loggedOut(String loginId) {
    access.endLogin(loginId);
    endAtKeycloak(loginId);
  }

  /** A session that ended by its lifetime or a change of rights: the next page asks to log in. */
  public void sessionEnded(String loginId) {
    endAtKeycloak(loginId);
  }

  private void endAtKeycloak(String loginId) {
    if (loginId == null) {
      return;
    }
    try {
      keycloak.endSession(loginId);
    } catch (UserAdminException notEnded) {
      if (notEnded.reason() != UserAdminException.Reason.NOT_FOUND) {
        // the browser's redirect to Keycloak's end-session endpoint, where there is one, still
        // tries
        LOG.warning(() -> "Login " + loginId + " not ended at Keycloak: " + notEnded);
      }
    }
  }
}
