package nl.wegwijzer.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * A staff session that the container ends for being idle ends its Keycloak login too, so that the
 * next page asks for the password instead of signing in silently. Sessions that end otherwise are
 * left alone here: a logout and the access check end the login themselves, and a node that stops
 * must not log its users out of the other nodes.
 */
@WebListener
public class SessionEndListener implements HttpSessionListener {

  @Inject Logins logins;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    HttpSession session = event.getSession();
    if (!(session.getAttribute(AccessCheckFilter.LOGIN_ID) instanceof String loginId)) {
      return;
    }
    long idleMillis = System.currentTimeMillis() - session.getLastAccessedTime();
    if (idleMillis >= session.getMaxInactiveInterval() * 1000L) {
      logins.sessionEnded(loginId);
    }
  }
}
